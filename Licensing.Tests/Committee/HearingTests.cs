using Licensing.Domain.Admin;
using Licensing.Domain.Cases;
using Licensing.Domain.Committee;
using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Notices;
using Licensing.Domain.Policy;
using Licensing.Tests.Cases;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Committee;

public class HearingTests : IDisposable
{
    private static readonly DateOnly Today = ReviewScenario.Today;
    private readonly TestDatabase database = new();
    private readonly AuthorityOptions authority = new() { Name = "Eastbrook", Code = "E07000123" };
    private static readonly (string, string)[] Panel = [("cllr-1", "Cllr Colin Chair"), ("cllr-2", "Cllr Carys Member"), ("cllr-3", "Cllr Cyril Member")];

    private async Task<Guid> ReferredCaseWithHearingAsync((string, string)[] members)
    {
        var s = new ReviewScenario().WithRecommendation();
        s.Case.ReferToSubCommittee("Contested facts", Today);
        await using var db = database.NewContext();
        s.AddTo(db);
        var hearing = await Hearings.ArrangeAsync(db, s.Case, Today, "10:00", "Committee Room 1", members);
        await db.SaveChangesAsync();
        return hearing.Id;
    }

    [Fact]
    public void A_hearing_needs_three_different_members()
    {
        var s = new ReviewScenario().WithRecommendation();
        s.Case.ReferToSubCommittee("Contested facts", Today);
        var error = Assert.Throws<DomainRuleException>(() => Hearing.Schedule(s.Case, Today, "10:00", "Room 1", [("a", "A"), ("a", "A"), ("b", "B")], Today));
        Assert.Equal("Members", error.Field);
    }

    [Fact]
    public async Task Arranging_a_hearing_drafts_the_invitation_and_the_pack()
    {
        await ReferredCaseWithHearingAsync(Panel);
        await using var db = database.NewContext();
        var notices = await db.Notices.ToListAsync();
        var invitation = notices.Single(n => n.Kind == NoticeKind.HearingInvitation);
        Assert.Equal("Committee Room 1", invitation.Particulars.HearingPlace);
        Assert.Equal((Today, "10:00"), (invitation.Particulars.HearingOn, invitation.Particulars.HearingTime));
        var pack = notices.Single(n => n.Kind == NoticeKind.HearingPack);
        Assert.Contains(pack.Particulars.Sections!, s => s.Title == "Allegations and findings" && s.Items!.Any(i => i.Contains("PROVEN")));
    }

    [Fact]
    public async Task A_committee_member_sees_only_the_hearings_they_sit_on()
    {
        var mine = await ReferredCaseWithHearingAsync(Panel);
        await using var db = database.NewContext();
        var theirs = await db.Hearings.Where(h => h.Id != mine).Select(h => h.Id).ToListAsync();
        Assert.Equal([mine], await Hearings.VisibleTo(db, "cllr-1", isManager: false).Select(h => h.Id).ToListAsync());
        Assert.Empty(await Hearings.VisibleTo(db, "cllr-9", isManager: false).ToListAsync());
        Assert.Single(await Hearings.VisibleTo(db, "manager-1", isManager: true).ToListAsync());
        Assert.Empty(theirs);
    }

    [Fact]
    public async Task A_panel_member_records_the_sub_committees_decision_and_reasons_as_announced()
    {
        var id = await ReferredCaseWithHearingAsync(Panel);
        await using (var db = database.NewContext())
        {
            var hearing = await db.Hearings.Include(h => h.Members).SingleAsync(h => h.Id == id);
            hearing.RecordAttendance(true, "Mr Patel, solicitor", null, "Accepts he carried the girls; says he did not know their ages");
            var outcome = await Hearings.DecideAsync(db, hearing, new CaseDecisionInput(CaseOutcome.Revocation, "We find allegation 1 proven and he is not fit and proper"), "cllr-2", "Cllr Carys Member", authority);
            await db.SaveChangesAsync();
            Assert.Equal(DecisionMaker.SubCommittee, outcome.Decision!.MakerKind);
            Assert.Contains("Cllr Colin Chair (chair)", outcome.Decision.MakerName);
            // The policy the sub-committee applied is named on its decision, as an officer's is.
            Assert.Equal((await db.CurrentPolicyAsync()).Label, outcome.Decision.PolicyVersion);
            Assert.False(string.IsNullOrWhiteSpace(outcome.Decision.PolicyVersion));
        }
        await using var read = database.NewContext();
        Assert.Equal(HearingStatus.Decided, (await read.Hearings.SingleAsync()).Status);
        Assert.Equal(CaseStage.Decided, (await read.ReviewCases.SingleAsync()).Stage);
    }

    [Fact]
    public async Task Someone_not_on_the_panel_cannot_record_its_decision()
    {
        var id = await ReferredCaseWithHearingAsync(Panel);
        await using var db = database.NewContext();
        var hearing = await db.Hearings.Include(h => h.Members).SingleAsync(h => h.Id == id);
        hearing.RecordAttendance(false, null, null, null);
        await Assert.ThrowsAsync<DomainRuleException>(() => Hearings.DecideAsync(db, hearing, new CaseDecisionInput(CaseOutcome.Revocation, "x"), "cllr-9", "Cllr Other", authority));
    }

    [Fact]
    public async Task The_hearing_pack_has_the_report_chronology_findings_evidence_and_representations()
    {
        var id = await ReferredCaseWithHearingAsync(Panel);
        await using var db = database.NewContext();
        var pack = await HearingPack.ComposeAsync(db, (await db.Hearings.SingleAsync(h => h.Id == id)).ReviewCaseId!.Value);
        Assert.Equal(["Report", "Chronology", "Allegations and findings", "Evidence", "Interviews", "The licensee's representations"], pack.Select(p => p.Title));
        Assert.Contains(pack[2].Lines, l => l.Contains("PROVEN") && l.Contains("E1"));
        Assert.Contains(pack[5].Lines, l => l.Contains("nieces"));
    }

    public void Dispose() => database.Dispose();
}
