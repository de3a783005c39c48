using Licensing.Domain.Admin;
using Licensing.Domain.Concerns;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Register;
using Licensing.Jobs.Partners;
using Licensing.Jobs.Register;
using Licensing.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Jobs;

public class NightlyRescreeningTests
{
    [Fact]
    public async Task A_licensee_newly_on_another_authoritys_register_gets_one_concern_for_triage_however_often_the_job_runs()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var person = Build.Person();
        await using (var db = database.NewContext())
        {
            db.People.Add(person);
            db.Licences.Add(Build.DriverLicence(person));
            var other = db.People.Add(Build.Person("Other", "Licensee", new DateOnly(1980, 1, 1), null)).Entity;
            db.Licences.Add(Build.DriverLicence(other, "DL00002", "1002"));
            db.RegisterEntries.Add(RegisterEntry.Import(new RegisterEntryDetails("NB-2025-0042", "E07000999", "Northbrook District Council", person.Surname, person.Forenames,
                [], person.DateOfBirth, person.DrivingLicenceNumber, null, null, LicenceType.PrivateHireDriver, RegisterDecision.Revocation,
                new DateOnly(2025, 11, 3), GroundsCategory.Safeguarding), db.UtcNow));
            await db.SaveChangesAsync();
        }
        var search = new FederatedSearch(kit, new RegisterIndex(kit.Database.Settings), new PartnerRegisterClient(new HttpClient()), DataProtectionProvider.Create("tests"));
        var job = new NightlyRescreening(kit, kit.Log, search, Microsoft.Extensions.Options.Options.Create(new AuthorityOptions { Name = "Eastbrook", Code = "E07000901" }));

        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);

        var concern = Assert.Single(await kit.QueryAsync(db => db.Concerns.ToListAsync()));
        Assert.Equal((person.Id, TriageStatus.AwaitingTriage, ConcernSource.OtherAuthority), (concern.PersonId, concern.Triage, concern.Source));
        Assert.Contains("NB-2025-0042", concern.Narrative);
        // Nobody here has graded a register hit: conditions apply until an officer does.
        Assert.Equal(Grading.AwaitingOfficer, concern.Grading);
        Assert.StartsWith("0 new hits opened concerns; 2 licensees searched", (await kit.LastRunAsync(NightlyRescreening.Name)).Summary);
    }
}
