using System.Text.Json;
using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Web.Components.Gov;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Licensees;

/// <summary>
/// Everything that happened to a person, newest first, gathered from a small list of sources. Other
/// features add theirs from their Add method: <c>PersonTimeline.Sources["concerns"] = (db, id, ct) => ...</c>
/// (keyed, so adding twice replaces rather than repeats).
/// </summary>
public static class PersonTimeline
{
    public delegate Task<IEnumerable<TimelineItem>> Source(LicensingDbContext db, Guid personId, CancellationToken ct);

    public static readonly Dictionary<string, Source> Sources = new()
    {
        ["audit"] = FromAuditAsync,
        ["decisions"] = FromDecisionsAsync,
    };

    public static async Task<List<TimelineItem>> ForAsync(LicensingDbContext db, Guid personId, CancellationToken ct = default)
    {
        var items = new List<TimelineItem>();
        // One context, so one source at a time.
        foreach (var source in Sources.Values.ToList()) items.AddRange(await source(db, personId, ct));
        return items.OrderByDescending(i => i.AtUtc).ToList();
    }

    private static async Task<IEnumerable<TimelineItem>> FromAuditAsync(LicensingDbContext db, Guid personId, CancellationToken ct)
    {
        var entries = await db.AuditEntries.Where(a => a.PersonId == personId).OrderByDescending(a => a.Id).Take(500).ToListAsync(ct);
        return entries.Select(Describe);
    }

    private static async Task<IEnumerable<TimelineItem>> FromDecisionsAsync(LicensingDbContext db, Guid personId, CancellationToken ct)
    {
        var decisions = await db.Decisions.Where(d => d.PersonId == personId).ToListAsync(ct);
        return decisions.Select(Describe);
    }

    public static TimelineItem Describe(Decision d) =>
        new(d.RecordedAt, $"Decision: {Describe(d.Kind)} ({d.LicenceType.Describe().ToLowerInvariant()} licence)", d.MakerName, d.Reasons,
            [
                $"Decided on {LondonTime.Format(d.DecidedOn)}",
                .. d.TakesEffectOn is { } on ? [$"Takes effect on {LondonTime.Format(on)}"] : Array.Empty<string>(),
                .. d.ImmediateEffect ? [$"Immediate effect: {d.PublicSafetyReasons}"] : Array.Empty<string>(),
            ],
            d.LicenceId is { } licence ? $"/licences/{licence}" : null, d.LicenceId is null ? null : "View the licence");

    public static string Describe(DecisionKind kind) => kind switch
    {
        DecisionKind.RefusalToRenew => "refusal to renew",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>An audit entry in words: what changed, from what to what, without the search columns.</summary>
    public static TimelineItem Describe(AuditEntry entry)
    {
        var changes = Changes(entry.Changes);
        var isLicence = entry.EntityType.EndsWith("Licence", StringComparison.Ordinal);
        var thing = isLicence ? $"{Words(entry.EntityType)} {(changes.TryGetValue("Number", out var n) ? n.After ?? n.Before : "")}".Trim() : Words(entry.EntityType);
        var title = (entry.EntityType, entry.Action) switch
        {
            ("Person", "Created") => "Record created",
            ("Person", "Updated") => "Personal details changed",
            (_, "Created") => $"{Capital(thing)} recorded",
            (_, "Updated") when isLicence && changes.TryGetValue("Status", out var status) => $"{Capital(thing)} {(status.After == "Granted" ? "back in force" : status.After?.ToLowerInvariant())}",
            (_, "Updated") => $"{Capital(thing)} changed",
            _ => entry.Summary,
        };
        var details = entry.Action == "Updated"
            ? changes.Where(c => Shown(c.Key)).Select(c => $"{Capital(Words(c.Key))}: {Short(c.Value.Before)} → {Short(c.Value.After)}").ToList()
            : [];
        return new TimelineItem(entry.At, title, entry.ActorName, Details: details,
            Href: isLicence ? $"/licences/{entry.EntityId}" : null, LinkText: isLicence ? "View the licence" : null);
    }

    // Long narratives belong on their own page; the timeline says that they changed.
    private static string Short(string? value) => value is null ? "(blank)" : value.Length <= 160 ? value : value[..160] + "…";

    private static bool Shown(string property) => !property.StartsWith("Search", StringComparison.Ordinal) && !property.EndsWith("Id", StringComparison.Ordinal);

    private static Dictionary<string, (string? Before, string? After)> Changes(string json)
    {
        var result = new Dictionary<string, (string?, string?)>();
        try
        {
            foreach (var p in JsonDocument.Parse(json).RootElement.EnumerateObject())
                result[p.Name] = (Text(p.Value, "before"), Text(p.Value, "after"));
        }
        catch (JsonException) { /* an entry written by an older version: show its summary only */ }
        return result;
    }

    private static string? Text(JsonElement change, string name) =>
        change.ValueKind == JsonValueKind.Object && change.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Words(string pascal) =>
        string.Concat(pascal.Replace(".", " ").Select((c, i) => i > 0 && char.IsUpper(c) && pascal[i - 1] != '.' ? " " + char.ToLowerInvariant(c) : (i == 0 ? c.ToString() : char.ToLowerInvariant(c).ToString()))).ToLowerInvariant();

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
