using Licensing.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Licensing.Domain.Audit;

/// <summary>Turns the change tracker's pending changes into audit entries, before the save.</summary>
internal static class AuditTrail
{
    private static readonly string[] SecretSuffixes = ["Hash", "Stamp", "Secret", "Key", "Token", "Xml"];

    public static List<AuditEntry> Describe(ChangeTracker tracker, Func<Actor> actorSource, DateTime now)
    {
        var entries = new List<AuditEntry>();
        Actor? actor = null;
        foreach (var e in tracker.Entries())
        {
            if (e.Entity is AuditChainHead) continue;
            if (e.Entity is AuditEntry)
            {
                if (e.State is EntityState.Modified or EntityState.Deleted)
                    throw new DomainRuleException("Audit entries cannot be changed or deleted");
                continue;
            }
            if (e.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (e.Metadata.IsOwned()) continue; // reported with their owner
            if (e.Metadata.ClrType.Name is "DataProtectionKey") continue;

            var changes = new Changes();
            void Record(PropertyEntry p, string name)
            {
                if (!IsAudited(p.Metadata)) return;
                // Identity keeps authenticator keys and recovery codes in a token's Value: never copy them.
                if (e.Entity is IdentityUserToken<string> && p.Metadata.Name == nameof(IdentityUserToken<string>.Value)) return;
                var before = e.State == EntityState.Added ? null : p.OriginalValue;
                var after = e.State == EntityState.Deleted ? null : p.CurrentValue;
                if (e.State == EntityState.Modified && !p.IsModified) return;
                if (e.State == EntityState.Modified && Equals(Format(before), Format(after))) return;
                changes[name] = (Format(before), Format(after));
            }
            foreach (var p in e.Properties) Record(p, p.Metadata.Name);
            // Complex types (an address) are not in Properties: report their members as Address.Line1...
            foreach (var complex in e.ComplexProperties)
                foreach (var p in complex.Properties) Record(p, $"{complex.Metadata.Name}.{p.Metadata.Name}");
            foreach (var owned in e.References.Where(r => r.TargetEntry is { } t && t.Metadata.IsOwned()))
            {
                foreach (var p in owned.TargetEntry!.Properties.Where(p => !p.Metadata.IsShadowProperty()))
                {
                    var before = owned.TargetEntry.State == EntityState.Added ? null : p.OriginalValue;
                    var after = p.CurrentValue;
                    if (Equals(Format(before), Format(after))) continue;
                    changes[$"{owned.Metadata.Name}.{p.Metadata.Name}"] = (Format(before), Format(after));
                }
            }
            if (e.State == EntityState.Modified && changes.Count == 0) continue;

            var type = e.Metadata.ClrType.Name;
            var id = string.Join(",", e.Metadata.FindPrimaryKey()!.Properties.Select(k => e.Property(k.Name).CurrentValue));
            var action = e.State switch { EntityState.Added => "Created", EntityState.Deleted => "Deleted", _ => "Updated" };
            var summary = e.State == EntityState.Modified
                ? $"{action} {Words(type)}: {string.Join(", ", changes.Keys.Select(Words))}"
                : $"{action} {Words(type)}";
            entries.Add(AuditEntry.Create(now, actor ??= actorSource(), action, type, id, (e.Entity as IBelongsToPerson)?.TimelinePersonId, summary, changes.Json()));
        }
        return entries;
    }

    /// <summary>
    /// The entry <see cref="Describe"/> would write for an entity of <paramref name="type"/> being added,
    /// made from the model without a change tracker: for rows appended by hand (<see cref="SqliteAuditedLog{T}"/>).
    /// What to read is worked out once. Only plain properties: an entity with owned, complex or shadow
    /// properties goes through the context.
    /// </summary>
    public sealed class Creation
    {
        private readonly (string Name, IClrPropertyGetter Value)[] audited;
        private readonly IClrPropertyGetter[] key;
        private readonly string type;
        private readonly string summary;

        public Creation(IEntityType type)
        {
            if (type.GetProperties().Any(p => p.IsShadowProperty()) || type.GetComplexProperties().Any() || type.GetNavigations().Any())
                throw new NotSupportedException($"{type.ClrType.Name} has shadow, complex or related properties: save it through the context");
            audited = type.GetProperties().Where(IsAudited).Select(p => (p.Name, p.GetGetter())).ToArray();
            key = type.FindPrimaryKey()!.Properties.Select(p => p.GetGetter()).ToArray();
            this.type = type.ClrType.Name;
            summary = $"Created {Words(this.type)}";
        }

        public AuditEntry Of(object entity, Actor actor, DateTime now)
        {
            var changes = new Changes();
            foreach (var (name, value) in audited) changes[name] = (null, Format(value.GetClrValueUsingContainingEntity(entity)));
            var id = key.Length == 1
                ? key[0].GetClrValueUsingContainingEntity(entity)?.ToString() ?? ""
                : string.Join(",", key.Select(k => k.GetClrValueUsingContainingEntity(entity)));
            return AuditEntry.Create(now, actor, "Created", type, id, (entity as IBelongsToPerson)?.TimelinePersonId, summary, changes.Json());
        }
    }

    /// <summary>Whether a property is audited: never the concurrency version, nor anything secret.</summary>
    private static bool IsAudited(IReadOnlyPropertyBase p) =>
        p.Name != nameof(IVersioned.Version) && !SecretSuffixes.Any(s => p.Name.EndsWith(s, StringComparison.Ordinal));

    /// <summary>Property → before and after, kept in the order recorded; written as { "Property": { "before": ..., "after": ... } }.</summary>
    private sealed class Changes : Dictionary<string, (string? Before, string? After)>
    {
        public string Json() => JsonText.Write(this, static (json, changes) =>
        {
            json.WriteStartObject();
            foreach (var (name, (before, after)) in changes)
            {
                json.WriteStartObject(name);
                json.WriteString("before", before);
                json.WriteString("after", after);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        });
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O"),
        DateOnly d => d.ToString("yyyy-MM-dd"),
        IEnumerable<string> list when value is not string => string.Join("; ", list),
        _ => value.ToString(),
    };

    /// <summary>"DriverLicence" → "driver licence", "SearchSurname" → "search surname".</summary>
    public static string Words(string pascal)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0 && pascal[i - 1] != '.') sb.Append(' ');
            sb.Append(i == 0 ? c : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
