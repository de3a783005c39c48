using Licensing.Domain.Committee;
using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Notices;

/// <summary>
/// Letters drafted by the reviews and committee features (warning, invitation to make representations,
/// hearing invitation, hearing pack) carry no particulars of their own: they are read from the review
/// case and its hearing when the letter is composed. Particulars a caller filled in win.
/// </summary>
public static class CaseParticulars
{
    public static async Task<NoticeParticulars> ForAsync(LicensingDbContext db, Notice notice, CancellationToken ct)
    {
        var p = notice.Particulars;
        if (notice.ReviewCaseId is not { } caseId) return p;
        switch (notice.Kind)
        {
            case NoticeKind.HearingInvitation when p.HearingOn is null:
                var hearing = await db.Hearings.AsNoTracking().Where(h => h.ReviewCaseId == caseId).LatestFirst().FirstOrDefaultAsync(ct);
                return hearing is null ? p : p with { HearingOn = hearing.HearingOn, HearingTime = hearing.Time, HearingPlace = hearing.Venue };
            case NoticeKind.HearingPack when p.Sections is not { Count: > 0 }:
                var sections = await HearingPack.ComposeAsync(db, caseId, ct, withholdRestricted: true); // served on the licensee
                return p with { Sections = sections.Select(s => new PackSection(s.Title, s.Lines.Count == 0 ? "None recorded." : "", s.Lines)).ToList() };
            case NoticeKind.WarningLetter when string.IsNullOrWhiteSpace(p.Body):
                var reasons = await db.ReviewCases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.OutcomeReasons).SingleOrDefaultAsync(ct);
                return p with { Body = reasons };
            case NoticeKind.RepresentationsInvitation when string.IsNullOrWhiteSpace(p.Body) || p.RepresentationsBy is null:
                var review = await db.ReviewCases.AsNoTracking().Include(c => c.Allegations).SingleOrDefaultAsync(c => c.Id == caseId, ct);
                if (review is null) return p;
                return p with
                {
                    Body = string.IsNullOrWhiteSpace(p.Body) ? string.Join("\n\n", review.Allegations.OrderBy(a => a.Number).Select(a => $"Allegation {a.Number}: {a.Text}")) : p.Body,
                    RepresentationsBy = p.RepresentationsBy ?? review.RepresentationsDueOn,
                };
            default:
                return p;
        }
    }
}
