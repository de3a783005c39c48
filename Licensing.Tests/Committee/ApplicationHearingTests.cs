using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Committee;
using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Notices;
using Licensing.Domain.Policy;
using Licensing.Tests.Cases;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Licensing.Tests.Applications.ApplicationBuild;

namespace Licensing.Tests.Committee;

/// <summary>An application referred to the sub-committee is heard and decided at a hearing, as a referred review is.</summary>
public class ApplicationHearingTests : IDisposable
{
    private readonly TestDatabase database = new();
    private static readonly AuthorityOptions Authority = new() { Name = "Eastbrook Borough Council", Code = "E07000901" };
    private static readonly (string, string)[] Panel = [("cllr-1", "Cllr Colin Chair"), ("cllr-2", "Cllr Carys Member"), ("cllr-3", "Cllr Cyril Member")];

    /// <summary>An applicant with a conviction whose period has passed (a drink-driving ban long ago), referred by a manager.</summary>
    private async Task<(Guid PersonId, Guid AppId)> SaveReferredAsync(bool refer = true)
    {
        await using var db = database.NewContext(Manager);
        var person = Build.Person();
        db.People.Add(person);
        var app = Assessed(person, db.Today, Recommendation.ReferToSubCommittee, a => a.RecordOffence(new OffenceDetails(OffenceKind.Conviction, "Drink driving", "drink-drug-driving",
            new DateOnly(2001, 5, 1), new DateOnly(2001, 6, 10), "Eastbrook Magistrates", "Fine and 12 month ban", null, new DateOnly(2002, 6, 10)), Iol2018, Officer, DateTime.UtcNow, Build.Today));
        db.Applications.Add(app);
        if (refer) await ApplicationDecisions.DecideAsync(db, app, new ApplicationDecisionDraft(DecisionOutcome.ReferToSubCommittee, "Finely balanced; members should hear the applicant"),
            Manager, DecisionMaker.AuthorisedOfficer, Options, Authority);
        await db.SaveChangesAsync();
        return (person.Id, app.Id);
    }

    private async Task<(Guid PersonId, Guid AppId, Guid HearingId)> SaveHearingAsync()
    {
        var (personId, appId) = await SaveReferredAsync();
        await using var db = database.NewContext(Manager);
        var app = (await ApplicationDecisions.LoadAsync(db, appId))!;
        var hearing = await Hearings.ArrangeForApplicationAsync(db, app, db.Today, "14:00", "Committee Room 2", Panel, Options);
        await db.SaveChangesAsync();
        return (personId, appId, hearing.Id);
    }

    private async Task<Decision> DecideAsync(Guid hearingId, ApplicationDecisionDraft draft, string findings = "She was candid about the conviction; nothing since.", string member = "cllr-2")
    {
        await using var db = database.NewContext(new(member, "Cllr Carys Member"));
        var hearing = await db.Hearings.Include(h => h.Members).SingleAsync(h => h.Id == hearingId);
        hearing.RecordAttendance(true, null, null, "Explained the conviction and her driving since");
        var decision = await Hearings.DecideApplicationAsync(db, hearing, draft, findings, member, "Cllr Carys Member", Options, Authority);
        await db.SaveChangesAsync();
        return decision;
    }

    [Fact]
    public async Task A_hearing_is_about_exactly_one_review_case_or_application()
    {
        var (_, _, hearingId) = await SaveHearingAsync();
        var s = new ReviewScenario().WithRecommendation();
        s.Case.ReferToSubCommittee("Contested facts", ReviewScenario.Today);
        var forReview = Hearing.Schedule(s.Case, ReviewScenario.Today, "10:00", "Room 1", Panel, ReviewScenario.Today);
        Assert.Equal((s.Case.Id, (Guid?)null), (forReview.ReviewCaseId, forReview.ApplicationId));

        await using var db = database.NewContext();
        var forApplication = await db.Hearings.SingleAsync(h => h.Id == hearingId);
        Assert.Null(forApplication.ReviewCaseId);
        Assert.NotNull(forApplication.ApplicationId);
        // The database holds to the same rule: a hearing about nothing is refused.
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() =>
            db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Hearings SET ApplicationId = NULL WHERE Id = {hearingId}"));
    }

    [Fact]
    public async Task Only_an_application_referred_to_the_sub_committee_can_have_a_hearing()
    {
        var (_, appId) = await SaveReferredAsync(refer: false);
        await using var db = database.NewContext(Manager);
        var app = (await ApplicationDecisions.LoadAsync(db, appId))!;
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Hearings.ArrangeForApplicationAsync(db, app, db.Today, "10:00", "Room 1", Panel, Options));
        Assert.Contains("only an application referred to the sub-committee has a hearing", error.Message);
    }

    [Fact]
    public async Task Two_managers_arranging_the_same_hearing_at_once_make_one_hearing_and_the_second_is_told()
    {
        var (_, appId) = await SaveReferredAsync();
        await using var first = database.NewContext(Manager);
        await using var second = database.NewContext(Manager);
        var a = (await ApplicationDecisions.LoadAsync(first, appId))!;
        var b = (await ApplicationDecisions.LoadAsync(second, appId))!;
        await Hearings.ArrangeForApplicationAsync(first, a, first.Today, "14:00", "Committee Room 2", Panel, Options);
        await Hearings.ArrangeForApplicationAsync(second, b, second.Today, "10:00", "Committee Room 1", Panel, Options);

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var read = database.NewContext();
        var hearing = Assert.Single(read.Hearings.Where(h => h.ApplicationId == appId).ToList());
        Assert.Equal(hearing.Id, read.Applications.Single(x => x.Id == appId).HearingId);
        await Assert.ThrowsAsync<DomainRuleException>(async () =>
            await Hearings.ArrangeForApplicationAsync(read, read.Applications.Single(x => x.Id == appId), read.Today, "10:00", "Room 1", Panel, Options));
    }

    [Fact]
    public async Task Arranging_the_hearing_drafts_the_applicants_invitation_and_a_pack_of_the_application_checks_policy_and_register()
    {
        var (personId, appId, _) = await SaveHearingAsync();
        await using var db = database.NewContext();
        var notices = await db.Notices.Where(n => n.PersonId == personId).ToListAsync();
        var invitation = notices.Single(n => n.Kind == NoticeKind.HearingInvitation);
        Assert.Equal(appId, invitation.ApplicationId);
        Assert.Equal(("Committee Room 2", "14:00", LicenceType.PrivateHireDriver), (invitation.Particulars.HearingPlace, invitation.Particulars.HearingTime, invitation.Particulars.LicenceType));
        Assert.Contains("Finely balanced", invitation.Particulars.Body);
        var pack = notices.Single(n => n.Kind == NoticeKind.HearingPack).Particulars.Sections!;
        Assert.Equal(["Report", "Statutory checks", "Suitability assessment", "Register check", "Chronology", "The applicant's representations"], pack.Select(s => s.Title));
        Assert.Contains(pack[0].Items!, l => l.Contains("Officer's recommendation: Refer to the licensing sub-committee (Olivia Officer)"));
        Assert.Contains(pack[0].Items!, l => l.Contains("Referred to the sub-committee by Maya Manager: Finely balanced"));
        Assert.Contains(pack[1].Items!, l => l.Contains("Enhanced DBS") && l.Contains("in order"));
        Assert.Contains(pack[2].Items!, l => l.Contains("Drink driving") && l.Contains("No bar"));
        Assert.Contains(pack[3].Items!, l => l.Contains("No match on the register"));
        Assert.Equal(["None received"], pack[5].Items!);
    }

    [Fact]
    public async Task The_applicants_invitation_names_the_licence_applied_for_and_the_hearing()
    {
        var (personId, _, _) = await SaveHearingAsync();
        await using var db = database.NewContext();
        var invitation = await db.Notices.SingleAsync(n => n.PersonId == personId && n.Kind == NoticeKind.HearingInvitation);
        var (letter, _) = await IssueNotice.ComposeAsync(db, invitation, Authority, default);
        var text = string.Join("\n", letter.Blocks.Select(b => b switch
        {
            Domain.Notices.Pdf.Fields f => string.Join("\n", f.Rows.Select(r => $"{r.Label}: {r.Value}")),
            _ => b.ToString(),
        }));
        Assert.Contains("your private hire driver licence", text);
        Assert.Contains("Committee Room 2", text);
        Assert.Contains("Finely balanced", text);
    }

    [Fact]
    public async Task The_applicants_written_representations_go_in_the_pack()
    {
        var (_, appId, hearingId) = await SaveHearingAsync();
        await using (var db = database.NewContext(Officer))
        {
            var app = (await ApplicationDecisions.LoadAsync(db, appId))!;
            app.RecordRepresentations("I have not driven after drinking since 2001 and I volunteer with a road safety charity.", db.Today, db.Today);
            await db.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        var pack = await HearingPack.ForHearingAsync(read, await read.Hearings.SingleAsync(h => h.Id == hearingId), Options);
        Assert.Contains(pack.Single(s => s.Title == "The applicant's representations").Lines, l => l.Contains("road safety charity"));
    }

    [Fact]
    public async Task An_adjourned_application_hearing_is_arranged_again_and_the_sub_committee_decides_at_the_new_one()
    {
        var (_, appId, firstId) = await SaveHearingAsync();
        await using (var db = database.NewContext(Manager))
        {
            var first = await db.Hearings.Include(h => h.Members).SingleAsync(h => h.Id == firstId);
            await Hearings.AdjournAsync(db, first, "Two members are ill.", Manager.Id, Manager.Name, isManager: true);
            await db.SaveChangesAsync();
        }
        Guid secondId;
        await using (var db = database.NewContext(Manager))
        {
            var app = (await ApplicationDecisions.LoadAsync(db, appId))!;
            Assert.Null(app.HearingId);
            secondId = (await Hearings.ArrangeForApplicationAsync(db, app, db.Today.AddDays(7), "10:00", "Committee Room 1", Panel, Options)).Id;
            await db.SaveChangesAsync();
        }

        database.Clock.Advance(TimeSpan.FromDays(7));
        await DecideAsync(secondId, new ApplicationDecisionDraft(DecisionOutcome.Refuse, "Not satisfied she is fit and proper", GroundsCategory.Driving));

        await using var read = database.NewContext();
        Assert.Equal(ApplicationStatus.Refused, (await read.Applications.SingleAsync(a => a.Id == appId)).Status);
        Assert.Equal(secondId, (await read.Applications.SingleAsync(a => a.Id == appId)).HearingId);
        Assert.Equal([HearingStatus.Adjourned, HearingStatus.Decided],
            await read.Hearings.Where(h => h.ApplicationId == appId).OrderBy(h => h.HearingOn).Select(h => h.Status).ToListAsync());
        Assert.StartsWith("The hearing arranged for", (await read.Notices.SingleAsync(n => n.Kind == NoticeKind.HearingInvitation && n.Status == NoticeStatus.Draft)).Particulars.Body);
    }

    [Fact]
    public async Task A_panel_member_records_a_refusal_which_makes_the_register_entry_and_drafts_the_refusal_notice()
    {
        var (personId, appId, hearingId) = await SaveHearingAsync();
        var refusal = await DecideAsync(hearingId, new ApplicationDecisionDraft(DecisionOutcome.Refuse, "Not satisfied she is fit and proper", GroundsCategory.Driving),
            findings: "She drove after drinking again in 2024, which she denied; we prefer the police account.");

        await using var db = database.NewContext();
        var app = await db.Applications.SingleAsync(a => a.Id == appId);
        Assert.Equal(ApplicationStatus.Refused, app.Status);
        Assert.Equal(refusal.Id, app.DecisionId);
        var saved = await db.Decisions.SingleAsync(d => d.ApplicationId == appId);
        Assert.Equal((DecisionKind.Refusal, DecisionMaker.SubCommittee), (saved.Kind, saved.MakerKind));
        Assert.Contains("Cllr Colin Chair (chair)", saved.MakerName);
        Assert.Contains("Findings: She drove after drinking again in 2024", saved.Reasons);
        Assert.Contains("Reasons: Not satisfied she is fit and proper", saved.Reasons);
        Assert.True(await db.Notices.AnyAsync(n => n.DecisionId == saved.Id && n.Kind == NoticeKind.Refusal && n.PersonId == personId));
        Assert.True(await db.RegisterEntries.AnyAsync(r => r.DecisionId == saved.Id && r.Grounds == GroundsCategory.Driving));
        var hearing = await db.Hearings.SingleAsync(h => h.Id == hearingId);
        Assert.Equal(HearingStatus.Decided, hearing.Status);
        Assert.StartsWith("She drove after drinking again", hearing.Findings);
        Assert.Equal("Cllr Carys Member", hearing.DecisionRecordedBy);
    }

    [Fact]
    public async Task A_panel_member_records_a_grant_with_conditions_which_issues_the_licence()
    {
        var (personId, appId, hearingId) = await SaveHearingAsync();
        await DecideAsync(hearingId, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Fit and proper, with a condition", LicenceNumber: "DL07001", BadgeNumber: "7001",
            Conditions: "Attend a drink-drive awareness course within 6 months"));

        await using var db = database.NewContext();
        var app = await db.Applications.SingleAsync(a => a.Id == appId);
        Assert.Equal(ApplicationStatus.Granted, app.Status);
        var licence = await db.DriverLicences.SingleAsync(l => l.HolderId == personId);
        Assert.Equal(("DL07001", "Attend a drink-drive awareness course within 6 months"), (licence.Number, licence.Conditions));
        Assert.Equal(DecisionMaker.SubCommittee, (await db.Decisions.SingleAsync(d => d.ApplicationId == appId)).MakerKind);
        Assert.Equal(HearingStatus.Decided, (await db.Hearings.SingleAsync(h => h.Id == hearingId)).Status);
    }

    [Fact]
    public async Task Someone_not_on_the_panel_cannot_record_its_decision()
    {
        var (_, appId, hearingId) = await SaveHearingAsync();
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => DecideAsync(hearingId, new ApplicationDecisionDraft(DecisionOutcome.Refuse, "x", GroundsCategory.Other), member: "cllr-9"));
        Assert.Contains("panel", error.Message);
        await using var db = database.NewContext();
        Assert.Equal(ApplicationStatus.ReferredToSubCommittee, (await db.Applications.SingleAsync(a => a.Id == appId)).Status);
    }

    [Fact]
    public async Task The_sub_committee_records_findings_as_well_as_reasons_and_cannot_refer_to_itself()
    {
        var (_, _, hearingId) = await SaveHearingAsync();
        var noFindings = await Assert.ThrowsAsync<DomainRuleException>(() => DecideAsync(hearingId, new ApplicationDecisionDraft(DecisionOutcome.Refuse, "Not fit", GroundsCategory.Other), findings: " "));
        Assert.Equal("Findings", noFindings.Field);
        await Assert.ThrowsAsync<DomainRuleException>(() => DecideAsync(hearingId, new ApplicationDecisionDraft(DecisionOutcome.ReferToSubCommittee, "Again")));
    }

    [Fact]
    public async Task Without_a_hearing_nobody_records_a_sub_committee_decision_on_a_referred_application()
    {
        var (_, appId) = await SaveReferredAsync();
        await using var db = database.NewContext(Manager);
        var app = (await ApplicationDecisions.LoadAsync(db, appId))!;
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => ApplicationDecisions.DecideAsync(db, app,
            new ApplicationDecisionDraft(DecisionOutcome.Refuse, "Members were not satisfied", GroundsCategory.Other), new("committee", "Licensing Sub-Committee"), DecisionMaker.SubCommittee, Options, Authority));
        Assert.Contains("arrange the hearing first", error.Message);
    }

    [Fact]
    public async Task A_committee_member_sees_an_application_hearing_only_if_they_sit_on_it()
    {
        var (_, _, hearingId) = await SaveHearingAsync();
        await using var db = database.NewContext();
        Assert.Equal([hearingId], await Hearings.VisibleTo(db, "cllr-3", isManager: false).Select(h => h.Id).ToListAsync());
        Assert.Empty(await Hearings.VisibleTo(db, "cllr-9", isManager: false).ToListAsync());
        Assert.Equal([hearingId], await Hearings.VisibleTo(db, "manager-1", isManager: true).Select(h => h.Id).ToListAsync());
    }

    public void Dispose() => database.Dispose();
}
