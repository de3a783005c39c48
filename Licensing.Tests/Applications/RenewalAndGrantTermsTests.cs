using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Jobs.Licensees;
using Licensing.Tests.Infrastructure;
using Licensing.Tests.Jobs;
using Microsoft.EntityFrameworkCore;
using static Licensing.Tests.Applications.ApplicationBuild;

namespace Licensing.Tests.Applications;

/// <summary>What a grant puts on the licence (term, conditions, status) for renewals and vehicles, on a real SQLite database.</summary>
public class RenewalAndGrantTermsTests : IDisposable
{
    private readonly TestDatabase database = new();
    private static readonly AuthorityOptions Authority = new() { Name = "Eastbrook Borough Council", Code = "E07000901" };
    private static readonly VehicleDetails Prius = new("AB12 CDE", "Toyota", "Prius", "Silver");

    /// <summary>A driver licence expiring in <paramref name="expiresInDays"/> days, and an assessed application to renew it.</summary>
    private async Task<(Guid AppId, Guid LicenceId)> SaveAssessedRenewalAsync(int expiresInDays = 20, string? conditions = null, string reference = "APP-2026-00002")
    {
        await using var db = database.NewContext(Officer);
        var person = Build.Person();
        var grant = Build.Grant(person);
        var licence = DriverLicence.Grant(grant, person.Id, LicenceType.PrivateHireDriver, "DL09999", "9999", db.Today.AddYears(-3), db.Today.AddDays(expiresInDays), conditions);
        db.People.Add(person);
        db.Decisions.Add(grant);
        db.Licences.Add(licence);
        var app = LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.Renewal, LicenceType.PrivateHireDriver, db.Today), person, licence, reference, Officer, db.UtcNow, db.Today);
        Assess(app, db.Today, db.UtcNow);
        db.Applications.Add(app);
        await db.SaveChangesAsync();
        return (app.Id, licence.Id);
    }

    private async Task<Guid> SaveAssessedVehicleAsync(VehicleDetails? vehicle = null)
    {
        await using var db = database.NewContext(Officer);
        var person = Build.Person();
        db.People.Add(person);
        var app = LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.New, LicenceType.PrivateHireVehicle, db.Today, Vehicle: vehicle ?? Prius),
            person, null, "APP-2026-00003", Officer, db.UtcNow, db.Today);
        Assess(app, db.Today, db.UtcNow);
        db.Applications.Add(app);
        await db.SaveChangesAsync();
        return app.Id;
    }

    private static void Assess(LicenceApplication app, DateOnly today, DateTime now)
    {
        app.StartChecks(now);
        RecordAllChecks(app, today);
        if (app.RegisterChecks.Count == 0) app.RecordRegisterCheck("Sarah Morgan", NoMatches, Officer, now, today);
        app.MarkReadyForAssessment(now);
        app.RecordAssessment("Fit and proper", Recommendation.Grant, null, null, app.Suitability(Iol2018, today), Officer, now);
    }

    /// <summary>A second application to renew the same licence, as recorded before one open renewal at a time was the rule.</summary>
    private async Task<Guid> SaveSecondRenewalAsync(Guid licenceId)
    {
        await using var db = database.NewContext(Officer);
        var licence = await db.Licences.SingleAsync(l => l.Id == licenceId);
        var person = await db.People.SingleAsync(p => p.Id == licence.HolderId);
        var app = LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.Renewal, LicenceType.PrivateHireDriver, db.Today), person, licence, "APP-2026-00009", Officer, db.UtcNow, db.Today);
        Assess(app, db.Today, db.UtcNow);
        db.Applications.Add(app);
        await db.SaveChangesAsync();
        return app.Id;
    }

    private async Task<VehicleLicence> SaveVehicleLicenceAsync(VehicleDetails vehicle)
    {
        await using var db = database.NewContext(Officer);
        var owner = Build.Person(surname: "Owner");
        var grant = Build.Grant(owner, LicenceType.PrivateHireVehicle);
        var licence = VehicleLicence.Grant(grant, owner.Id, LicenceType.PrivateHireVehicle, "PH0007", vehicle, db.Today.AddMonths(-2), db.Today.AddMonths(10));
        db.People.Add(owner);
        db.Decisions.Add(grant);
        db.Licences.Add(licence);
        await db.SaveChangesAsync();
        return licence;
    }

    private async Task DecideAsync(Guid appId, ApplicationDecisionDraft draft, ApplicationOptions? options = null)
    {
        await using var db = database.NewContext(Manager);
        var app = (await ApplicationDecisions.LoadAsync(db, appId))!;
        await ApplicationDecisions.DecideAsync(db, app, draft, Manager, DecisionMaker.AuthorisedOfficer, options ?? Options, Authority);
        await db.SaveChangesAsync();
    }

    private async Task<LicenceApplication> ReceiveAsync(ApplicationDraft draft, Guid? renewsLicenceId = null)
    {
        await using var db = database.NewContext(Officer);
        var licence = renewsLicenceId is { } id ? await db.Licences.SingleAsync(l => l.Id == id) : null;
        var person = licence is null ? Build.Person(surname: "Applicant") : await db.People.SingleAsync(p => p.Id == licence.HolderId);
        if (licence is null) db.People.Add(person);
        var app = await LicenceApplication.ReceiveAsync(db, draft, person, licence, "APP-2026-00010", Officer);
        db.Applications.Add(app);
        await db.SaveChangesAsync();
        return app;
    }

    [Fact]
    public async Task A_renewal_granted_with_conditions_adds_them_to_the_licences_own()
    {
        var (appId, licenceId) = await SaveAssessedRenewalAsync(conditions: "No smoking in the vehicle.");
        await DecideAsync(appId, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Renewed", Conditions: "Carry a fire extinguisher."));

        await using var db = database.NewContext();
        var licence = await db.Licences.SingleAsync(l => l.Id == licenceId);
        Assert.Equal($"No smoking in the vehicle.\n\nAdded on renewal, decided {LondonTime.Format(db.Today)}:\nCarry a fire extinguisher.", licence.Conditions);
    }

    [Fact]
    public async Task A_renewal_granted_with_the_recommended_conditions_carries_them_when_the_decider_adds_none()
    {
        var (appId, licenceId) = await SaveAssessedRenewalAsync();
        await using (var db = database.NewContext(Officer))
        {
            var app = (await ApplicationDecisions.LoadAsync(db, appId))!;
            app.RecordAssessment("Fit, with a condition", Recommendation.GrantWithConditions, "Medical review in 12 months.", null, app.Suitability(Iol2018, db.Today), Officer, db.UtcNow);
            await db.SaveChangesAsync();
        }
        await DecideAsync(appId, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Renewed"));

        await using var check = database.NewContext();
        Assert.EndsWith("Medical review in 12 months.", (await check.Licences.SingleAsync(l => l.Id == licenceId)).Conditions);
    }

    [Fact]
    public async Task A_vehicle_licence_is_granted_with_the_conditions_decided()
    {
        var appId = await SaveAssessedVehicleAsync();
        await DecideAsync(appId, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Vehicle fit", LicenceNumber: "PH0042", Conditions: "Wheelchair ramp to be carried."));

        await using var db = database.NewContext();
        var licence = await db.VehicleLicences.SingleAsync(l => l.PlateNumber == "PH0042");
        Assert.Equal("Wheelchair ramp to be carried.", licence.Conditions);
    }

    [Fact]
    public async Task A_renewal_is_granted_after_the_nightly_run_expired_the_licence_and_runs_from_the_decision()
    {
        var (appId, licenceId) = await SaveAssessedRenewalAsync(expiresInDays: 20);
        var kit = new JobsTestKit(database);
        database.Clock.Advance(TimeSpan.FromDays(30));
        await new ExpireLicences(kit, kit.Log).RunAsync(CancellationToken.None);
        Assert.Equal(LicenceStatus.Expired, (await kit.LicenceAsync(licenceId)).Status);

        await DecideAsync(appId, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Renewed late: the applicant applied in time"));

        await using var db = database.NewContext();
        var licence = await db.Licences.SingleAsync(l => l.Id == licenceId);
        var decision = await db.Decisions.SingleAsync(d => d.ApplicationId == appId);
        Assert.Equal(LicenceStatus.Granted, licence.Status);
        Assert.Equal(db.Today, licence.StatusSince);
        Assert.Equal(decision.Id, licence.StatusDecisionId);
        Assert.Equal(db.Today.AddYears(3), licence.ExpiresOn);
        Assert.Equal(ApplicationStatus.Granted, (await db.Applications.SingleAsync(a => a.Id == appId)).Status);
    }

    [Fact]
    public void An_expired_licence_is_not_brought_back_by_a_reinstatement_only_by_a_renewal()
    {
        var person = Build.Person();
        var licence = Build.DriverLicence(person);
        licence.Expire(licence.ExpiresOn.AddDays(1));
        Assert.Throws<DomainRuleException>(() => licence.Reinstate(licence.ExpiresOn.AddDays(2), "Back"));
        Assert.Equal(LicenceStatus.Expired, licence.Status);
    }

    [Fact]
    public async Task A_second_open_application_to_renew_the_same_licence_is_refused_and_saves_nothing()
    {
        var (_, licenceId) = await SaveAssessedRenewalAsync();
        var ex = await Assert.ThrowsAsync<DomainRuleException>(() =>
            ReceiveAsync(new ApplicationDraft(ApplicationKind.Renewal, LicenceType.PrivateHireDriver, Build.Today), licenceId));
        Assert.Equal("RenewsLicenceId", ex.Field);
        Assert.Contains("APP-2026-00002", ex.Message);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.Applications.CountAsync(a => a.RenewsLicenceId == licenceId));
    }

    [Fact]
    public async Task Once_the_renewal_is_decided_the_next_one_can_be_received()
    {
        var (appId, licenceId) = await SaveAssessedRenewalAsync();
        await DecideAsync(appId, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Renewed"));
        var next = await ReceiveAsync(new ApplicationDraft(ApplicationKind.Renewal, LicenceType.PrivateHireDriver, Build.Today), licenceId);
        Assert.Equal(licenceId, next.RenewsLicenceId);
    }

    [Fact]
    public async Task Two_renewals_of_one_licence_on_file_cannot_both_be_granted_so_the_term_is_added_once()
    {
        var (firstId, licenceId) = await SaveAssessedRenewalAsync(expiresInDays: 20);
        var secondId = await SaveSecondRenewalAsync(licenceId);
        await DecideAsync(firstId, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Renewed"));

        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => DecideAsync(secondId, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Renewed again")));
        Assert.Contains("under another application", ex.Message);

        await using var db = database.NewContext();
        Assert.Equal(db.Today.AddDays(20).AddYears(3), (await db.Licences.SingleAsync(l => l.Id == licenceId)).ExpiresOn);
        Assert.Equal(ApplicationStatus.Assessed, (await db.Applications.SingleAsync(a => a.Id == secondId)).Status);
    }

    [Fact]
    public async Task A_term_configured_beyond_the_statutory_maximum_is_held_to_it_from_when_the_renewed_term_starts()
    {
        var options = new ApplicationOptions { DriverTermYears = 4, OperatorTermYears = 6 };
        Assert.Equal(3, options.TermYears(LicenceType.DualDriver));
        Assert.Equal(5, options.TermYears(LicenceType.PrivateHireOperator));

        var (appId, licenceId) = await SaveAssessedRenewalAsync(expiresInDays: 20);
        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => DecideAsync(appId, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Renewed", TermMonths: 48), options));
        Assert.Equal("TermMonths", ex.Field);
        await DecideAsync(appId, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Renewed"), options);

        await using var db = database.NewContext();
        Assert.Equal(db.Today.AddDays(20).AddYears(3), (await db.Licences.SingleAsync(l => l.Id == licenceId)).ExpiresOn);
    }

    [Fact]
    public async Task A_vehicle_with_a_licence_in_force_cannot_be_applied_for_again()
    {
        await SaveVehicleLicenceAsync(Prius);
        var ex = await Assert.ThrowsAsync<DomainRuleException>(() =>
            ReceiveAsync(new ApplicationDraft(ApplicationKind.New, LicenceType.HackneyCarriageVehicle, Build.Today, Vehicle: Prius with { Registration = "ab12cde" })));
        Assert.Equal("Registration", ex.Field);
        Assert.Contains("plate PH0007", ex.Message);
    }

    [Fact]
    public async Task A_vehicle_licensed_while_its_application_was_waiting_is_not_granted_a_second_licence()
    {
        var appId = await SaveAssessedVehicleAsync();
        await SaveVehicleLicenceAsync(Prius);

        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => DecideAsync(appId, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Vehicle fit", LicenceNumber: "PH0042")));
        Assert.Contains("already has a licence in force", ex.Message);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.VehicleLicences.CountAsync(l => l.SearchRegistration == "AB12CDE"));
    }

    private async Task<Guid> SaveAssessedWithLeaveAsync(DateOnly leaveEnds)
    {
        await using var db = database.NewContext(Officer);
        var person = Build.Person();
        db.People.Add(person);
        var app = New(person, today: db.Today);
        app.StartChecks(db.UtcNow);
        RecordAllChecks(app, db.Today);
        app.RecordCheck(new CheckDetails(CheckKind.RightToWork, "share code W12 345 678", db.Today, CheckOutcome.Satisfactory, ValidUntil: leaveEnds),
            Officer, db.UtcNow.AddMinutes(5), db.Today);
        app.MarkReadyForAssessment(db.UtcNow);
        app.RecordAssessment("Fit and proper", Recommendation.Grant, null, null, app.Suitability(Iol2018, db.Today), Officer, db.UtcNow);
        db.Applications.Add(app);
        await db.SaveChangesAsync();
        return app.Id;
    }

    [Fact]
    public async Task A_driver_licence_ends_when_the_applicants_time_limited_leave_ends_and_the_decision_says_why()
    {
        var leaveEnds = Build.Today.AddMonths(14);
        var appId = await SaveAssessedWithLeaveAsync(leaveEnds);
        await DecideAsync(appId, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Fit and proper", LicenceNumber: "DL05001", BadgeNumber: "5001"));

        await using var db = database.NewContext();
        Assert.Equal(leaveEnds, (await db.DriverLicences.SingleAsync(l => l.Number == "DL05001")).ExpiresOn);
        Assert.Contains("leave to remain in the UK ends", (await db.Decisions.SingleAsync(d => d.ApplicationId == appId)).Reasons);
    }

    [Fact]
    public async Task Leave_ending_after_the_usual_term_leaves_the_term_as_it_is()
    {
        var appId = await SaveAssessedWithLeaveAsync(Build.Today.AddYears(5));
        await DecideAsync(appId, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Fit and proper", LicenceNumber: "DL05001", BadgeNumber: "5001"));
        await using var db = database.NewContext();
        Assert.Equal(db.Today.AddYears(3), (await db.DriverLicences.SingleAsync(l => l.Number == "DL05001")).ExpiresOn);
    }

    public void Dispose() => database.Dispose();
}
