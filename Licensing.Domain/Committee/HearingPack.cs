using Licensing.Domain.Cases;
using Licensing.Domain.Common;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Committee;

/// <summary>
/// The hearing pack as structured sections (report, chronology, allegations and findings, evidence
/// list, the licensee's representations). The committee reads it on screen; the notices feature
/// renders the same sections into the PDF.
/// </summary>
public static class HearingPack
{
    public sealed record Section(string Title, IReadOnlyList<string> Lines);

    /// <summary>The section, present only when something is withheld, that tells the panel (and the licensee) what and that the decision cannot rest on it.</summary>
    public const string WithheldTitle = "Material withheld from the licensee";

    public static async Task<IReadOnlyList<Section>> ComposeAsync(LicensingDbContext db, Guid reviewCaseId, CancellationToken ct = default, bool withholdRestricted = false) =>
        await ComposeAsync(db, await db.ReviewCases.AsNoTracking().WithParts().SingleAsync(c => c.Id == reviewCaseId, ct), ct, withholdRestricted);

    /// <param name="withholdRestricted">True for a reader kept from handling code C intelligence (<see cref="RestrictedIntelligence"/>):
    /// such concerns and evidence are replaced by a note saying something is withheld.</param>
    public static async Task<IReadOnlyList<Section>> ComposeAsync(LicensingDbContext db, ReviewCase review, CancellationToken ct = default, bool withholdRestricted = false) =>
        [.. await SectionsAsync(db, review, ct, withholdRestricted), .. await WithheldAsync(db, review, ct)];

    private static async Task<IReadOnlyList<Section>> SectionsAsync(LicensingDbContext db, ReviewCase review, CancellationToken ct, bool withholdRestricted)
    {
        var person = await db.People.FindAsync([review.PersonId], ct) ?? throw new InvalidOperationException("The licensee is missing");
        var licence = review.LicenceId is { } lid ? await db.Licences.FindAsync([lid], ct) : null;
        var chronology = await TrailOfConcern.ForPersonAsync(db, review.PersonId, ct, withholdRestricted);

        var evidenceLabel = review.Evidence.ToDictionary(e => e.Id, e => e.Label);
        return
        [
            new("Report", [
                $"Licensee: {person.FullName}, born {LondonTime.Format(person.DateOfBirth)}",
                licence is null ? "Licence: none named" : $"Licence: {licence.Type.Describe()} {licence.Number} ({licence.Status.ToString().ToLowerInvariant()})",
                $"Review {review.Reference}, opened {LondonTime.Format(review.OpenedOn)}; investigating officer {review.OfficerName}",
                $"Standard of proof: {Decisions.Decision.BalanceOfProbabilities}",
                $"Conclusion: {review.Conclusion ?? "not yet recorded"}",
                review.Recommendation is { } rec ? $"Officer's recommendation: {ReviewCase.Describe(rec)}. {review.RecommendationReasons}" : "Officer's recommendation: none",
                $"Referred to the sub-committee: {review.ReferralReasons}",
            ]),
            new("Chronology", chronology.Select(e => $"{LondonTime.Format(e.On)} — {e.What}").ToList()),
            new("Allegations and findings", review.Allegations.OrderBy(a => a.Number).Select(a =>
                $"{a.Number}. {a.Text} — {(a.Proven is null ? "no finding" : a.Proven.Value ? "PROVEN" : "NOT PROVEN")}" +
                (a.FindingReasons is null ? "" : $": {a.FindingReasons} (relying on {string.Join(", ", a.EvidenceReliedOn.Select(e => evidenceLabel.GetValueOrDefault(e, "?")))})")).ToList()),
            new("Evidence", review.Evidence.OrderBy(e => e.Number).Select(e =>
                withholdRestricted && RestrictedIntelligence.IsRestricted(e.Grading) ? $"{e.Label}: {RestrictedIntelligence.WithheldNote}" :
                $"{e.Label} {EvidenceItem.Describe(e.Kind)}: {e.Description} — source {e.Source}, graded {e.Grading.Code}, obtained {LondonTime.Format(e.ObtainedOn)}").ToList()),
            new("Interviews", review.Interviews.OrderBy(i => i.HeldOn).Select(i => $"{LondonTime.Format(i.HeldOn)} {i.Interviewee} (present: {i.Present}): {i.Summary}").ToList()),
            new("The licensee's representations", review.RepresentationsSkipped
                ? [$"Not invited: public safety required immediate effect — {review.RepresentationsSkippedReasons}"]
                : review.RepresentationsReceivedOn is { } rec2 ? [$"Received {LondonTime.Format(rec2)}: {review.Representations}"]
                : [review.RepresentationsDueOn is { } due ? $"Invited {LondonTime.Format(review.RepresentationsInvitedOn!.Value)}, due {LondonTime.Format(due)}: none received" : "Not yet invited"]),
        ];
    }

    /// <summary>
    /// Natural justice: the licensee's copy never carries handling code C intelligence, so the decision
    /// may not rest on it. Both copies say what is withheld, and which findings lean on it, so the panel
    /// (even one configured to read it) decides on what the licensee could answer.
    /// </summary>
    private static async Task<Section[]> WithheldAsync(LicensingDbContext db, ReviewCase review, CancellationToken ct)
    {
        var concerns = (await db.Concerns.AsNoTracking().Where(c => c.PersonId == review.PersonId).Select(c => new { c.Reference, c.Grading }).ToListAsync(ct))
            .Where(c => RestrictedIntelligence.IsRestricted(c.Grading)).Select(c => c.Reference).Order();
        var evidence = review.Evidence.Where(e => RestrictedIntelligence.IsRestricted(e.Grading)).OrderBy(e => e.Number).ToList();
        var withheld = concerns.Concat(evidence.Select(e => e.Label)).ToList();
        if (withheld.Count == 0) return [];
        var label = review.Evidence.ToDictionary(e => e.Id, e => e.Label);
        var hidden = evidence.Select(e => e.Id).ToHashSet();
        List<string> lines = [$"Intelligence graded with handling code C (conditions apply to sharing) is withheld from the licensee: {string.Join(", ", withheld)}. " +
                              "The licensee has not seen it and cannot answer it, so the sub-committee's decision must not rest on it."];
        foreach (var a in review.Allegations.Where(a => a.Proven == true && a.EvidenceReliedOn.Any(hidden.Contains)).OrderBy(a => a.Number))
        {
            var unseen = string.Join(", ", a.EvidenceReliedOn.Where(hidden.Contains).Select(e => label[e]).Order());
            var seen = a.EvidenceReliedOn.Where(e => !hidden.Contains(e)).Select(e => label[e]).Order().ToList();
            lines.Add(seen.Count == 0
                ? $"Allegation {a.Number}: the finding rests only on {unseen}, which the licensee has not seen. It cannot found the decision unless the source agrees to a summary being disclosed and the licensee can answer it."
                : $"Allegation {a.Number}: the finding relies in part on {unseen}, which the licensee has not seen. Decide it on {string.Join(", ", seen)} alone.");
        }
        return [new(WithheldTitle, lines)];
    }
}
