using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Notices;
using Licensing.Domain.Policy;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Licensing.Tests.Applications.ApplicationBuild;

namespace Licensing.Tests.Applications;

/// <summary>Grant and refusal end to end on a real SQLite database: licence, decision, notice draft, audit.</summary>
public class ApplicationDecisionTests : IDisposable
{
    private readonly TestDatabase database = new();
    private static readonly AuthorityOptions Authority = new() { Name = "Eastbrook Borough Council", Code = "E07000901" };

    private async Task<(Guid PersonId, Guid AppId)> SaveAssessedAsync(Action<LicenceApplication>? before = null, Recommendation recommendation = Recommendation.Grant, bool renewal = false)
    {
        await using var db = database.NewContext(Officer);
        var person = Build.Person();
        db.People.Add(person);
        LicenceApplication app;
        if (!renewal) app = Assessed(person, db.Today, recommendation, before);
        else
        {
            var grant = Build.Grant(person);
            var licence = DriverLicence.Grant(grant, person.Id, LicenceType.PrivateHireDriver, "DL09999", "9999", db.Today.AddYears(-3), db.Today.AddDays(20));
            db.Decisions.Add(grant);
            db.Licences.Add(licence);
            app = LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.Renewal, LicenceType.PrivateHireDriver, db.Today), person, licence, "APP-2026-00002", Officer, db.UtcNow, db.Today);
            app.StartChecks(db.UtcNow);
            RecordAllChecks(app, db.Today);
            app.MarkReadyForAssessment(db.UtcNow);
            app.RecordAssessment("Renew", Recommendation.Grant, null, null, app.Suitability(Iol2018, db.Today), Officer, db.UtcNow);
        }
        db.Applications.Add(app);
        await db.SaveChangesAsync();
        return (person.Id, app.Id);
    }

    private async Task<Decision?> DecideAsync(Guid appId, ApplicationDecisionDraft draft, Domain.Audit.Actor? maker = null)
    {
        await using var db = database.NewContext(maker ?? Manager);
        var app = (await ApplicationDecisions.LoadAsync(db, appId))!;
        var decision = await ApplicationDecisions.DecideAsync(db, app, draft, maker ?? Manager, DecisionMaker.AuthorisedOfficer, Options, Authority);
        await db.SaveChangesAsync();
        return decision;
    }

    private static ApplicationDecisionDraft GrantDraft(string? exceptional = null, bool signedOff = false, int? months = null, string? shorter = null) =>
        new(DecisionOutcome.Grant, "Fit and proper on the evidence", LicenceNumber: "DL05001", BadgeNumber: "5001", TermMonths: months, ShorterTermReasons: shorter,
            ExceptionalReasons: exceptional, ExceptionalReasonsSignedOff: signedOff);

    [Fact]
    public async Task A_manager_grants_a_new_driver_licence_with_decision_policy_version_notice_and_audit()
    {
        var (personId, appId) = await SaveAssessedAsync();
        var decision = await DecideAsync(appId, GrantDraft());

        await using var db = database.NewContext();
        var app = await db.Applications.SingleAsync(a => a.Id == appId);
        Assert.Equal(ApplicationStatus.Granted, app.Status);
        var licence = await db.DriverLicences.SingleAsync(l => l.Id == app.LicenceId);
        Assert.Equal("DL05001", licence.Number);
        Assert.Equal("5001", licence.BadgeNumber);
        Assert.Equal(db.Today.AddYears(3), licence.ExpiresOn);
        Assert.Equal(personId, licence.HolderId);
        var saved = await db.Decisions.SingleAsync(d => d.ApplicationId == appId);
        Assert.Equal(DecisionKind.Grant, saved.Kind);
        Assert.Equal("2018-IoL-1", saved.PolicyVersion);
        Assert.Equal("Maya Manager", saved.MakerName);
        Assert.Equal(Decision.BalanceOfProbabilities, saved.StandardOfProof);
        Assert.Equal(saved.Id, licence.GrantDecisionId);
        Assert.True(await db.Notices.AnyAsync(n => n.DecisionId == saved.Id && n.Kind == NoticeKind.LicenceDocument));
        var audit = await db.AuditEntries.Where(a => a.PersonId == personId).ToListAsync();
        Assert.Contains(audit, a => a.EntityType == nameof(LicenceApplication) && a.ActorName == "Maya Manager" && a.Changes.Contains("Granted"));
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.EntityType == nameof(Decision) && a.EntityId == saved.Id.ToString() && a.ActorName == "Maya Manager");
        Assert.Contains(audit, a => a.EntityType == nameof(StatutoryCheck) && a.ActorName == "Olivia Officer");
        Assert.NotNull(decision);
    }

    [Fact]
    public async Task A_conviction_in_a_never_category_leads_to_a_refusal_with_grounds_notice_and_policy_version()
    {
        var (personId, appId) = await SaveAssessedAsync(app => app.RecordOffence(new OffenceDetails(OffenceKind.Conviction, "Sexual assault", "sexual-indecency",
            new DateOnly(2010, 5, 1), new DateOnly(2011, 1, 10), "Eastbrook Crown Court", "3 years", new DateOnly(2013, 1, 10)), Iol2018, Officer, DateTime.UtcNow, Build.Today), Recommendation.Refuse);

        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => DecideAsync(appId, GrantDraft()));
        Assert.Equal("ExceptionalReasons", ex.Field);
        Assert.Contains("never eligible", ex.Message);

        await DecideAsync(appId, new ApplicationDecisionDraft(DecisionOutcome.Refuse, "Conviction for sexual assault: the policy presumes refusal and nothing outweighs it."));
        await using var db = database.NewContext();
        var app = await db.Applications.SingleAsync(a => a.Id == appId);
        Assert.Equal(ApplicationStatus.Refused, app.Status);
        Assert.Null(app.LicenceId);
        var refusal = await db.Decisions.SingleAsync(d => d.ApplicationId == appId);
        Assert.Equal(DecisionKind.Refusal, refusal.Kind);
        Assert.Equal(GroundsCategory.SexualMisconduct, refusal.Grounds);
        Assert.Equal("2018-IoL-1", refusal.PolicyVersion);
        Assert.Equal("Local Government (Miscellaneous Provisions) Act 1976, s.51", refusal.StatutoryPower);
        Assert.True(await db.Notices.AnyAsync(n => n.DecisionId == refusal.Id && n.Kind == NoticeKind.Refusal && n.PersonId == personId));
        Assert.False(await db.Licences.AnyAsync(l => l.HolderId == personId));
    }

    [Fact]
    public async Task A_never_result_can_be_granted_only_with_exceptional_reasons_signed_off()
    {
        var (_, appId) = await SaveAssessedAsync(app => app.RecordOffence(new OffenceDetails(OffenceKind.Conviction, "Indecent exposure", "sexual-indecency",
            null, new DateOnly(1990, 1, 10)), Iol2018, Officer, DateTime.UtcNow, Build.Today), Recommendation.Grant);
        await Assert.ThrowsAsync<DomainRuleException>(() => DecideAsync(appId, GrantDraft("Conviction quashed on appeal; record is wrong", signedOff: false)));
        await DecideAsync(appId, GrantDraft("Conviction quashed on appeal; record is wrong", signedOff: true));
        await using var db = database.NewContext();
        var app = await db.Applications.SingleAsync(a => a.Id == appId);
        Assert.Equal("Maya Manager", app.ExceptionalReasonsSignedOffBy);
        Assert.Contains("Exceptional reasons", (await db.Decisions.SingleAsync(d => d.ApplicationId == appId)).Reasons);
    }

    [Fact]
    public async Task An_officer_cannot_decide_their_own_recommendation()
    {
        var (_, appId) = await SaveAssessedAsync();
        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => DecideAsync(appId, GrantDraft(), Officer));
        Assert.Contains("another authorised officer", ex.Message);
    }

    [Fact]
    public async Task A_grant_is_refused_while_a_required_check_is_missing_or_expired_and_names_them()
    {
        var (_, appId) = await SaveAssessedAsync();
        database.Clock.Advance(TimeSpan.FromDays(200));
        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => DecideAsync(appId, GrantDraft()));
        Assert.Contains("Enhanced DBS with both barred lists: expired on", ex.Message);
        Assert.Contains("DBS Update Service status check: expired", ex.Message);
        await using var db = database.NewContext();
        Assert.Equal(ApplicationStatus.Assessed, (await db.Applications.SingleAsync(a => a.Id == appId)).Status);
        Assert.False(await db.Decisions.AnyAsync(d => d.ApplicationId == appId));
    }

    [Fact]
    public async Task A_shorter_term_needs_reasons_and_a_longer_one_is_refused()
    {
        var (_, appId) = await SaveAssessedAsync();
        Assert.Equal("ShorterTermReasons", (await Assert.ThrowsAsync<DomainRuleException>(() => DecideAsync(appId, GrantDraft(months: 12)))).Field);
        Assert.Equal("TermMonths", (await Assert.ThrowsAsync<DomainRuleException>(() => DecideAsync(appId, GrantDraft(months: 48)))).Field);
        await DecideAsync(appId, GrantDraft(months: 12, shorter: "Medical review due in a year"));
        await using var db = database.NewContext();
        Assert.Equal(db.Today.AddYears(1), (await db.DriverLicences.SingleAsync(l => l.Number == "DL05001")).ExpiresOn);
    }

    [Fact]
    public async Task A_renewal_grant_extends_the_licence_it_renews()
    {
        var (_, appId) = await SaveAssessedAsync(renewal: true);
        await DecideAsync(appId, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Renewed"));
        await using var db = database.NewContext();
        var app = await db.Applications.SingleAsync(a => a.Id == appId);
        var licence = await db.Licences.SingleAsync(l => l.Id == app.RenewsLicenceId);
        Assert.Equal(app.LicenceId, licence.Id);
        Assert.Equal(db.Today.AddDays(20).AddYears(3), licence.ExpiresOn);
        var decision = await db.Decisions.SingleAsync(d => d.ApplicationId == appId);
        Assert.Equal(licence.Id, decision.LicenceId);
        Assert.Equal(decision.Id, licence.GrantDecisionId);
    }

    [Fact]
    public async Task A_referral_marks_the_application_for_the_sub_committee_and_takes_it_out_of_the_authorised_officers_hands()
    {
        var (_, appId) = await SaveAssessedAsync(recommendation: Recommendation.ReferToSubCommittee);
        Assert.Null(await DecideAsync(appId, new ApplicationDecisionDraft(DecisionOutcome.ReferToSubCommittee, "Finely balanced; members should hear the applicant")));
        await Assert.ThrowsAsync<DomainRuleException>(() => DecideAsync(appId, GrantDraft()));
        await using var check = database.NewContext();
        var app = await check.Applications.SingleAsync(a => a.Id == appId);
        Assert.Equal((ApplicationStatus.ReferredToSubCommittee, "Finely balanced; members should hear the applicant"), (app.Status, app.ReferralReasons));
        // The sub-committee then decides at a hearing: Committee/ApplicationHearingTests.
    }

    [Fact]
    public async Task The_shipped_policy_is_in_every_database_and_a_new_version_becomes_current()
    {
        await using (var db = database.NewContext(new("admin", "Adam Administrator")))
        {
            var current = await db.CurrentPolicyAsync();
            Assert.Equal("2018-IoL-1", current.Label);
            Assert.Equal(14, current.Rows.Count);
            Assert.True(current.Find("weapon")!.Unverified);
            var rows = current.Rows.OrderBy(r => r.Position).Select(r => r.Draft() with { Years = r.Code == "violence" ? 12 : r.Years });
            db.PolicyVersions.Add(PolicyVersion.Create("2026-EBC-1", db.Today, rows, "Adam Administrator", db.UtcNow, "Violence raised to 12 years"));
            await db.SaveChangesAsync();
        }
        await using var after = database.NewContext();
        var now = await after.CurrentPolicyAsync();
        Assert.Equal("2026-EBC-1", now.Label);
        Assert.Equal(12, now.Find("violence")!.Years);
        Assert.Equal(10, (await after.PolicyVersions.SingleAsync(p => p.Label == "2018-IoL-1")).Find("violence")!.Years);
    }

    [Fact]
    public async Task Records_added_to_a_saved_application_are_saved_as_new_records()
    {
        Guid appId;
        await using (var db = database.NewContext(Officer))
        {
            var person = Build.Person();
            db.People.Add(person);
            var app = New(person, today: db.Today);
            db.Applications.Add(app);
            await db.SaveChangesAsync();
            appId = app.Id;
        }
        await using (var db = database.NewContext(Officer))
        {
            var app = (await ApplicationDecisions.LoadAsync(db, appId))!;
            app.StartChecks(db.UtcNow);
            app.RecordCheck(new CheckDetails(CheckKind.RightToWork, "W123", db.Today, CheckOutcome.Satisfactory), Officer, db.UtcNow, db.Today);
            app.RecordOffence(new OffenceDetails(OffenceKind.Complaint, "Rude to a passenger", null, db.Today.AddDays(-9), null), Iol2018, Officer, db.UtcNow, db.Today);
            app.RecordRegisterCheck("x", NoMatches, Officer, db.UtcNow, db.Today);
            await db.SaveChangesAsync();
        }
        await using var check = database.NewContext();
        var saved = (await ApplicationDecisions.LoadAsync(check, appId))!;
        Assert.Single(saved.Checks);
        Assert.Single(saved.Offences);
        Assert.Single(saved.RegisterChecks.Single().Sources);
    }

    public void Dispose() => database.Dispose();
}
