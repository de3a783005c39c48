using Licensing.Domain.Applications;
using Licensing.Domain.Cases;
using Licensing.Domain.Common;
using Licensing.Tests.Applications;
using Licensing.Tests.Cases;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Applications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Data;

/// <summary>
/// A save that changes only a record's children (a finding on an allegation, a check on an application)
/// must still check and move on the version of the record the officer's page loaded.
/// </summary>
public class ChildChangeConcurrencyTests : IDisposable
{
    private readonly TestDatabase database = new();

    [Fact]
    public async Task A_finding_from_a_stale_page_is_refused_instead_of_replacing_the_finding_saved_since()
    {
        var s = new ReviewScenario();
        s.Case.FrameAllegation("Refused a fare to a wheelchair user", [s.Concern.Id]);
        s.WithRepresentations();
        int versionSeen;
        await using (var db = database.NewContext())
        {
            s.AddTo(db);
            await db.SaveChangesAsync();
            versionSeen = s.Case.Version;
        }
        var allegation = s.Case.Allegations.OrderBy(a => a.Number).First().Id;

        // Both officers opened the case page before either recorded a finding.
        await using var first = database.NewContext(new("officer-a", "Ann Officer"));
        await using var second = database.NewContext(new("officer-b", "Ben Officer"));
        var forFirst = await first.ReviewCases.WithParts().SingleAsync();
        first.ExpectVersion(forFirst, versionSeen);
        forFirst.RecordFinding(allegation, true, "The police sightings are corroborated", [s.Evidence!.Id], "Ann Officer", ReviewScenario.Today, null);
        await first.SaveChangesAsync();

        var forSecond = await second.ReviewCases.WithParts().SingleAsync();
        second.ExpectVersion(forSecond, versionSeen);
        forSecond.RecordFinding(allegation, false, "Not enough to go on", [], "Ben Officer", ReviewScenario.Today, null);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var read = database.NewContext();
        var saved = await read.ReviewCases.WithParts().SingleAsync();
        Assert.Equal(versionSeen + 1, saved.Version);
        var finding = saved.Allegations.Single(a => a.Id == allegation);
        Assert.True(finding.Proven);
        // Moving the case's version on is not a change anyone made: no empty "Updated review case" entry.
        var audit = await read.AuditEntries.Where(a => a.ActorName == "Ann Officer").ToListAsync();
        Assert.DoesNotContain(audit, a => a.EntityType == "ReviewCase");
        Assert.Contains(audit, a => a.EntityType == "Allegation" && a.Action == "Updated");
    }

    [Fact]
    public async Task Two_officers_recording_a_check_on_the_same_application_at_once_save_one_and_tell_the_other()
    {
        var person = Build.Person();
        var app = ApplicationBuild.New(person);
        app.StartChecks(DateTime.UtcNow);
        await using (var db = database.NewContext())
        {
            db.People.Add(person);
            db.Applications.Add(app);
            await db.SaveChangesAsync();
        }
        var factory = new TestDbFactory(database);
        var details = new CheckDetails(CheckKind.DvlaLicence, "DVLA-1", Build.Today, CheckOutcome.Satisfactory, LicenceHeldSince: Build.Today.AddYears(-10), Points: 0);

        await ApplicationEdit.SaveAsync(factory, app.Id, app.Version, (db, a) => { a.RecordCheck(details, ApplicationBuild.Officer, db.UtcNow, db.Today); });
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            ApplicationEdit.SaveAsync(factory, app.Id, app.Version, (db, a) => { a.RecordCheck(details with { EvidenceReference = "DVLA-2" }, ApplicationBuild.Officer, db.UtcNow, db.Today); }));

        Assert.Contains("Someone else changed this application", refused.Message);
        await using var read = database.NewContext();
        Assert.Equal("DVLA-1", (await read.Set<StatutoryCheck>().SingleAsync()).EvidenceReference);
    }

    public void Dispose() => database.Dispose();
}
