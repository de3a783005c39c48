using Licensing.Domain.Cases;
using Licensing.Domain.Committee;
using Licensing.Domain.Common;
using Licensing.Domain.Notices;
using Licensing.Tests.Cases;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Committee;

/// <summary>A hearing that cannot go ahead on its date is adjourned with reasons, and a new one arranged in its place.</summary>
public class AdjournmentTests : IDisposable
{
    private static readonly DateOnly Today = ReviewScenario.Today;
    private readonly TestDatabase database = new();
    private static readonly (string, string)[] Panel = [("cllr-1", "Cllr Colin Chair"), ("cllr-2", "Cllr Carys Member"), ("cllr-3", "Cllr Cyril Member")];
    private const string Reasons = "The licensee's solicitor is in the Crown Court that day and asked for a new date.";

    public void Dispose() => database.Dispose();

    private async Task<(Guid CaseId, Guid HearingId)> ReferredCaseWithHearingAsync()
    {
        var s = new ReviewScenario().WithRecommendation();
        s.Case.ReferToSubCommittee("Contested facts", Today);
        await using var db = database.NewContext();
        s.AddTo(db);
        var hearing = await Hearings.ArrangeAsync(db, s.Case, Today.AddDays(14), "10:00", "Committee Room 1", Panel);
        await db.SaveChangesAsync();
        return (s.Case.Id, hearing.Id);
    }

    private async Task AdjournAsync(Guid hearingId, string reasons = Reasons, string userId = "cllr-2", bool isManager = false)
    {
        await using var db = database.NewContext();
        var hearing = await db.Hearings.Include(h => h.Members).SingleAsync(h => h.Id == hearingId);
        await Hearings.AdjournAsync(db, hearing, reasons, userId, "Someone", isManager);
        await db.SaveChangesAsync();
    }

    private async Task<Hearing> ArrangeAgainAsync(Guid caseId, DateOnly on)
    {
        await using var db = database.NewContext();
        var review = await db.ReviewCases.WithParts().SingleAsync(c => c.Id == caseId);
        var hearing = await Hearings.ArrangeAsync(db, review, on, "14:00", "Committee Room 2", Panel);
        await db.SaveChangesAsync();
        return hearing;
    }

    [Fact]
    public async Task A_panel_member_adjourns_with_reasons_and_the_unissued_invitation_and_pack_are_withdrawn()
    {
        var (_, hearingId) = await ReferredCaseWithHearingAsync();

        await AdjournAsync(hearingId);

        await using var read = database.NewContext();
        var hearing = await read.Hearings.SingleAsync();
        Assert.Equal(HearingStatus.Adjourned, hearing.Status);
        Assert.Equal(Reasons, hearing.AdjournmentReasons);
        var notices = await read.Notices.Where(n => n.Kind == NoticeKind.HearingInvitation || n.Kind == NoticeKind.HearingPack).ToListAsync();
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.Equal((NoticeStatus.Withdrawn, $"the hearing on {LondonTime.Format(Today.AddDays(14))} was adjourned"), (n.Status, n.WithdrawnReason)));
        Assert.Equal(0, await read.Notices.CountAsync(n => n.Kind == NoticeKind.HearingAdjourned)); // never invited, so nobody to tell
    }

    [Fact]
    public async Task A_withdrawn_invitation_cannot_be_issued_and_its_preview_says_it_was_never_issued()
    {
        var (_, hearingId) = await ReferredCaseWithHearingAsync();
        await AdjournAsync(hearingId);

        await using var db = database.NewContext();
        var invitation = await db.Notices.SingleAsync(n => n.Kind == NoticeKind.HearingInvitation);
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => IssueNotice.RunAsync(db, invitation.Id, Notices.NoticeFixtures.Authority, "Maya Manager", "eastbrook.example"));
        Assert.Contains("withdrawn", error.Message);
        var preview = Notices.NoticeFixtures.TextOf(await IssueNotice.PreviewAsync(db, invitation.Id, Notices.NoticeFixtures.Authority));
        Assert.Contains("WITHDRAWN — NEVER ISSUED", preview);
        await using var read = database.NewContext();
        Assert.Equal(NoticeStatus.Withdrawn, (await read.Notices.SingleAsync(n => n.Id == invitation.Id)).Status);
    }

    [Fact]
    public async Task The_new_hearings_invitation_tells_the_licensee_why_the_first_was_adjourned_and_the_case_shows_the_new_one()
    {
        var (caseId, hearingId) = await ReferredCaseWithHearingAsync();
        await AdjournAsync(hearingId);

        var second = await ArrangeAgainAsync(caseId, Today.AddDays(7)); // earlier than the adjourned date: still the current one

        await using var read = database.NewContext();
        var invitation = await read.Notices.SingleAsync(n => n.Kind == NoticeKind.HearingInvitation && n.Status == NoticeStatus.Draft);
        Assert.StartsWith($"The hearing arranged for {LondonTime.Format(Today.AddDays(14))} was adjourned. The reasons: {Reasons}", invitation.Particulars.Body);
        Assert.Equal(Today.AddDays(7), invitation.Particulars.HearingOn);
        Assert.Equal(second.Id, (await read.Hearings.Where(h => h.ReviewCaseId == caseId).LatestFirst().FirstAsync()).Id);
        Assert.Equal(2, await read.Hearings.CountAsync());
    }

    [Fact]
    public async Task A_second_hearing_is_refused_while_one_is_arranged()
    {
        var (caseId, _) = await ReferredCaseWithHearingAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => ArrangeAgainAsync(caseId, Today.AddDays(21)));

        Assert.Contains("adjourn it before arranging another", error.Message);
        await using var read = database.NewContext();
        Assert.Equal(1, await read.Hearings.CountAsync());
    }

    [Fact]
    public async Task Two_managers_arranging_the_new_hearing_at_once_make_one_and_the_second_save_is_refused()
    {
        var (caseId, hearingId) = await ReferredCaseWithHearingAsync();
        await AdjournAsync(hearingId);
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        await Hearings.ArrangeAsync(first, await first.ReviewCases.WithParts().SingleAsync(c => c.Id == caseId), Today.AddDays(7), "14:00", "Committee Room 2", Panel);
        await Hearings.ArrangeAsync(second, await second.ReviewCases.WithParts().SingleAsync(c => c.Id == caseId), Today.AddDays(8), "10:00", "Committee Room 1", Panel);

        await first.SaveChangesAsync();
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());

        Assert.NotNull(UniqueIndex.Violation(refused));
        await using var read = database.NewContext();
        Assert.Equal(1, await read.Hearings.CountAsync(h => h.Status == HearingStatus.Scheduled));
        Assert.Equal(1, await read.Notices.CountAsync(n => n.Kind == NoticeKind.HearingInvitation && n.Status == NoticeStatus.Draft));
    }

    [Fact]
    public async Task An_adjournment_needs_reasons_and_a_manager_or_panel_member_and_changes_nothing_otherwise()
    {
        var (_, hearingId) = await ReferredCaseWithHearingAsync();

        var noReasons = await Assert.ThrowsAsync<DomainRuleException>(() => AdjournAsync(hearingId, reasons: "  "));
        Assert.Equal("AdjournmentReasons", noReasons.Field);
        await Assert.ThrowsAsync<DomainRuleException>(() => AdjournAsync(hearingId, userId: "cllr-9"));

        await using (var read = database.NewContext())
        {
            Assert.Equal(HearingStatus.Scheduled, (await read.Hearings.SingleAsync()).Status);
            Assert.Equal(0, await read.Notices.CountAsync(n => n.Status == NoticeStatus.Withdrawn));
        }
        await AdjournAsync(hearingId, userId: "manager-1", isManager: true); // a manager, before the day, off the panel
        await using var after = database.NewContext();
        Assert.Equal(HearingStatus.Adjourned, (await after.Hearings.SingleAsync()).Status);
    }

    [Fact]
    public async Task Nothing_more_is_recorded_on_an_adjourned_hearing()
    {
        var (_, hearingId) = await ReferredCaseWithHearingAsync();
        await AdjournAsync(hearingId);

        await using var db = database.NewContext();
        var hearing = await db.Hearings.Include(h => h.Members).SingleAsync(h => h.Id == hearingId);
        var error = Assert.Throws<DomainRuleException>(() => hearing.RecordAttendance(true, null, null, null));
        Assert.Contains("adjourned", error.Message);
        Assert.Throws<DomainRuleException>(() => hearing.RecordDecision("Reasons", "Cllr Carys Member", Today.AddDays(14), DateTime.UtcNow));
        await Assert.ThrowsAsync<DomainRuleException>(() => Hearings.AdjournAsync(db, hearing, "Again", "cllr-2", "Cllr Carys Member", false));
    }

    [Fact]
    public async Task An_issued_invitation_stays_issued_when_the_hearing_is_adjourned()
    {
        var (_, hearingId) = await ReferredCaseWithHearingAsync();
        await using (var db = database.NewContext())
        {
            var invitation = await db.Notices.SingleAsync(n => n.Kind == NoticeKind.HearingInvitation);
            await IssueNotice.RunAsync(db, invitation.Id, Notices.NoticeFixtures.Authority, "Maya Manager", "eastbrook.example");
        }

        await AdjournAsync(hearingId);

        await using var read = database.NewContext();
        Assert.Equal(NoticeStatus.Issued, (await read.Notices.SingleAsync(n => n.Kind == NoticeKind.HearingInvitation)).Status);
        Assert.Equal(NoticeStatus.Withdrawn, (await read.Notices.SingleAsync(n => n.Kind == NoticeKind.HearingPack)).Status);
        // The licensee was told of the date, so they are told it will not go ahead, and why.
        var letter = await read.Notices.SingleAsync(n => n.Kind == NoticeKind.HearingAdjourned);
        Assert.Equal((NoticeStatus.Draft, (DateOnly?)Today.AddDays(14)), (letter.Status, letter.Particulars.HearingOn));
        var (_, pdf) = await Notices.NoticeFixtures.IssueAsync(database, letter.Id);
        var text = Notices.NoticeFixtures.TextOf(pdf);
        Assert.Contains("has been adjourned", text);
        Assert.Contains(Reasons, text);
        Assert.Contains("ADJ-2026-", text);
    }
}
