using Licensing.Domain.Cases;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Cases;

/// <summary>Steps taken one save at a time, as the pages take them: each loads the case, changes it and saves.</summary>
public class CaseStepTests : IDisposable
{
    private readonly TestDatabase database = new();

    [Fact]
    public async Task Allegations_evidence_and_interviews_added_to_a_saved_case_are_inserted_and_the_version_checked()
    {
        var s = new ReviewScenario();
        await using (var db = database.NewContext())
        {
            s.AddTo(db);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var review = await db.ReviewCases.WithParts().SingleAsync();
            db.ExpectVersion(review, 0);
            review.FrameAllegation("Carried children without a booking", [s.Concern.Id]);
            review.AddEvidence(EvidenceKind.CctvNote, "CCTV at the rank", "Council CCTV", s.Concern.Grading, ReviewScenario.Today, "Olivia Officer", ReviewScenario.Today);
            review.RecordInterview(ReviewScenario.Today, "The licensee", "His solicitor", "Denies it", "Olivia Officer", ReviewScenario.Today);
            await db.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        var saved = await read.ReviewCases.WithParts().SingleAsync();
        Assert.Single(saved.Allegations);
        Assert.Single(saved.Evidence);
        Assert.Single(saved.Interviews);
    }

    [Fact]
    public void The_invitation_to_make_representations_says_what_to_answer_and_by_when()
    {
        var s = new ReviewScenario().WithAllegation();
        s.Case.InviteRepresentations(ReviewScenario.Today, null, ReviewScenario.Today);
        var letter = ReviewNotices.RepresentationsInvitation(s.Case, DateTime.UtcNow);
        Assert.Equal(Domain.Notices.NoticeKind.RepresentationsInvitation, letter.Kind);
        Assert.Equal(ReviewScenario.Today.AddDays(14), letter.Particulars.RepresentationsBy);
        Assert.Contains("1. Carried unaccompanied children", letter.Particulars.Body);
    }

    public void Dispose() => database.Dispose();
}
