using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Components.Gov;
using Licensing.Web.Features.Applications;
using Microsoft.EntityFrameworkCore;
using static Licensing.Tests.Applications.ApplicationBuild;

namespace Licensing.Tests.Licensees;

/// <summary>
/// Two managers granting at the same moment both pass the grant's "already in use" check before either saves;
/// the database's unique indexes must then refuse the second save, and the manager must see the check's own
/// words on the field, through the decide page's path (ApplicationEdit, RuleErrors), with nothing saved.
/// </summary>
public class UniqueNumberGrantTests : IDisposable
{
    private readonly TestDatabase database = new();
    private static readonly AuthorityOptions Authority = new() { Name = "Eastbrook Borough Council", Code = "E07000901" };

    [Fact]
    public async Task Two_grants_at_once_with_the_same_badge_save_one_licence_and_tell_the_other_manager_the_badge_is_in_use()
    {
        var first = await SaveAssessedAsync("Sarah", "Morgan");
        var second = await SaveAssessedAsync("Tomasz", "Nowak");

        var errors = await GrantAtOnceAsync((first, Draft("DL05001", "5001")), (second, Draft("DL05002", "5001")));

        var refused = Assert.Single(errors, e => e.Any);
        Assert.Equal(("BadgeNumber", "Badge number 5001 is already in use"), Assert.Single(refused.Items));
        await AssertOneGrantedAsync(first, second);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.DriverLicences.CountAsync(l => l.SearchBadgeNumber == "5001"));
    }

    [Fact]
    public async Task Two_grants_at_once_with_the_same_licence_number_save_one_licence_and_tell_the_other_manager_the_number_is_in_use()
    {
        var first = await SaveAssessedAsync("Sarah", "Morgan");
        var second = await SaveAssessedAsync("Tomasz", "Nowak");

        // Written differently, the same number: the compact form is the unique one.
        var errors = await GrantAtOnceAsync((first, Draft("DL05001", "5001")), (second, Draft("DL 05001", "5002")));

        var refused = Assert.Single(errors, e => e.Any);
        var (field, message) = Assert.Single(refused.Items);
        Assert.Equal("LicenceNumber", field);
        Assert.Matches("^Licence number DL ?05001 is already in use$", message);
        await AssertOneGrantedAsync(first, second);
    }

    [Fact]
    public async Task A_renewal_keeps_its_licence_row_and_badge_while_other_licences_hold_other_badges()
    {
        var other = await SaveAssessedAsync("Tomasz", "Nowak");
        Assert.All(await GrantAtOnceAsync((other, Draft("DL05002", "5002"))), e => Assert.False(e.Any));
        Guid renewal, licenceId;
        await using (var db = database.NewContext(Officer))
        {
            var person = Build.Person(licence: null);
            var grant = Build.Grant(person);
            var licence = DriverLicence.Grant(grant, person.Id, LicenceType.PrivateHireDriver, "DL00001", "1001", db.Today.AddYears(-3), db.Today.AddDays(20));
            db.People.Add(person);
            db.Decisions.Add(grant);
            db.Licences.Add(licence);
            var app = LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.Renewal, LicenceType.PrivateHireDriver, db.Today), person, licence, "APP-2026-00009", Officer, db.UtcNow, db.Today);
            app.StartChecks(db.UtcNow);
            RecordAllChecks(app, db.Today);
            app.MarkReadyForAssessment(db.UtcNow);
            app.RecordAssessment("Renew", Recommendation.Grant, null, null, app.Suitability(Iol2018, db.Today), Officer, db.UtcNow);
            db.Applications.Add(app);
            await db.SaveChangesAsync();
            (renewal, licenceId) = (app.Id, licence.Id);
        }

        Assert.All(await GrantAtOnceAsync((renewal, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Renewed"))), e => Assert.False(e.Any));

        await using var check = database.NewContext();
        var renewed = await check.DriverLicences.SingleAsync(l => l.HolderId != null && l.BadgeNumber == "1001");
        Assert.Equal(licenceId, renewed.Id);
        Assert.Equal(check.Today.AddDays(20).AddYears(3), renewed.ExpiresOn);
        Assert.Equal(2, await check.DriverLicences.CountAsync());
    }

    private static ApplicationDecisionDraft Draft(string number, string badge) =>
        new(DecisionOutcome.Grant, "Fit and proper on the evidence", LicenceNumber: number, BadgeNumber: badge);

    /// <summary>Each grant is decided (and checked) on its own context; none saves until all have been checked.</summary>
    private async Task<RuleErrors[]> GrantAtOnceAsync(params (Guid AppId, ApplicationDecisionDraft Draft)[] grants)
    {
        var factory = new TestDbFactory(database);
        var checkedCount = 0;
        var allChecked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return await Task.WhenAll(grants.Select(g => Task.Run(async () =>
        {
            int version;
            await using (var db = database.NewContext()) version = await db.Applications.Where(a => a.Id == g.AppId).Select(a => a.Version).SingleAsync();
            var errors = new RuleErrors();
            await errors.TryAsync(() => ApplicationEdit.SaveAsync(factory, g.AppId, version, async (db, app) =>
            {
                await ApplicationDecisions.DecideAsync(db, app, g.Draft, Manager, DecisionMaker.AuthorisedOfficer, Options, Authority);
                if (Interlocked.Increment(ref checkedCount) == grants.Length) allChecked.SetResult();
                await allChecked.Task;
            }));
            return errors;
        })));
    }

    private async Task<Guid> SaveAssessedAsync(string forenames, string surname)
    {
        await using var db = database.NewContext(Officer);
        var person = Build.Person(forenames, surname, licence: null);
        db.People.Add(person);
        var app = Assessed(person, db.Today, reference: $"APP-2026-{surname}");
        db.Applications.Add(app);
        await db.SaveChangesAsync();
        return app.Id;
    }

    /// <summary>Nothing of the refused grant was saved: no second licence, decision or notice, and its application still awaits a decision.</summary>
    private async Task AssertOneGrantedAsync(Guid first, Guid second)
    {
        await using var db = database.NewContext();
        var apps = await db.Applications.Where(a => a.Id == first || a.Id == second).ToListAsync();
        Assert.Single(apps, a => a.Status == ApplicationStatus.Granted && a.LicenceId != null);
        Assert.Single(apps, a => a.Status != ApplicationStatus.Granted && a.LicenceId == null);
        Assert.Equal(1, await db.Licences.CountAsync());
        var decision = Assert.Single(await db.Decisions.ToListAsync());
        Assert.All(await db.Notices.ToListAsync(), n => Assert.Equal(decision.Id, n.DecisionId));
    }

    public void Dispose() => database.Dispose();
}
