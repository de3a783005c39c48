using Licensing.Domain.Common;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Cases;

/// <summary>
/// Every earlier concern, review and decision about a licensee in date order: the "trail of concern"
/// that lets a pattern be seen where each piece alone looked minor.
/// </summary>
public static class TrailOfConcern
{
    public sealed record Entry(DateOnly On, string Kind, string What, Guid? ConcernId = null, Guid? ReviewCaseId = null);

    /// <param name="withholdRestricted">True for a reader kept from handling code C intelligence (<see cref="RestrictedIntelligence"/>).</param>
    public static async Task<IReadOnlyList<Entry>> ForPersonAsync(LicensingDbContext db, Guid personId, CancellationToken ct = default, bool withholdRestricted = false)
    {
        var concerns = await db.Concerns.AsNoTracking().Where(c => c.PersonId == personId)
            .Select(c => new { c.Id, c.Reference, c.ReceivedOn, c.OccurredOn, c.Category, c.Source, c.Grading, c.Triage, c.TriageReasons, c.Narrative })
            .ToListAsync(ct);
        var cases = await db.ReviewCases.AsNoTracking().Where(c => c.PersonId == personId)
            .Select(c => new { c.Id, c.Reference, c.OpenedOn, c.Stage, c.Outcome, c.DecidedOn, c.OutcomeReasons, c.DecidedBy })
            .ToListAsync(ct);
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.PersonId == personId && d.Kind != DecisionKind.Grant)
            .Select(d => new { d.DecidedOn, d.Kind, d.MakerName, d.Reasons, d.ReviewCaseId, d.TookEffectOn })
            .ToListAsync(ct);

        var entries = new List<Entry>();
        entries.AddRange(concerns.Select(c => new Entry(c.OccurredOn ?? c.ReceivedOn, "Concern",
            withholdRestricted && RestrictedIntelligence.IsRestricted(c.Grading) ? $"{c.Reference}: {RestrictedIntelligence.WithheldNote}" :
            $"{c.Reference}: {Concern.Describe(c.Category)} from {Concern.Describe(c.Source)}, graded {c.Grading.Code} — {Shorten(c.Narrative)} [{Concern.Describe(c.Triage)}{(c.TriageReasons is null ? "" : ": " + c.TriageReasons)}]" +
            (Concern.LateSelfReportOf(c.Source, c.OccurredOn, c.ReceivedOn) is { } late ? $" ({late})" : ""), ConcernId: c.Id)));
        entries.AddRange(cases.Select(c => new Entry(c.OpenedOn, "Review", $"Review {c.Reference} opened", ReviewCaseId: c.Id)));
        entries.AddRange(cases.Where(c => c.Outcome is not null && c.DecidedOn is not null && c.Outcome is not (CaseOutcome.Suspension or CaseOutcome.Revocation))
            .Select(c => new Entry(c.DecidedOn!.Value, "Outcome", $"Review {c.Reference}: {ReviewCase.Describe(c.Outcome!.Value)} ({c.DecidedBy}) — {Shorten(c.OutcomeReasons)}", ReviewCaseId: c.Id)));
        entries.AddRange(decisions.Select(d => new Entry(d.DecidedOn, "Decision",
            $"{d.Kind} by {d.MakerName} — {Shorten(d.Reasons)}{(d.TookEffectOn is { } t ? $" (took effect {LondonTime.Format(t)})" : "")}", ReviewCaseId: d.ReviewCaseId)));
        return entries.OrderBy(e => e.On).ThenBy(e => e.Kind).ToList();
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 160 ? text : text[..157] + "...";
}
