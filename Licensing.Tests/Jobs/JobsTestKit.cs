using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Jobs;
using Licensing.Jobs.Scheduling;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Tests.Jobs;

/// <summary>Runs jobs against a test database and its fake clock, as the job server would (system actor, a context per step).</summary>
public sealed class JobsTestKit(TestDatabase database) : IDbContextFactory<LicensingDbContext>
{
    public TestDatabase Database => database;
    public JobRunLog Log => new(this);
    public IOptions<JobsOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new JobsOptions());
    public IOptions<Domain.Admin.AuthorityOptions> Authority { get; } = Microsoft.Extensions.Options.Options.Create(Notices.NoticeFixtures.Authority);

    public LicensingDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<LicensingDbContext>();
        database.Settings.Configure(options);
        return new LicensingDbContext(options.Options, new JobsActor(), database.Clock);
    }

    /// <summary>Sets the clock to a London wall-clock time (handles summer time).</summary>
    public void SetLondonTime(int year, int month, int day, int hour, int minute)
    {
        var utc = TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), Domain.Common.LondonTime.Zone);
        database.Clock.SetUtcNow(new DateTimeOffset(utc, TimeSpan.Zero));
    }

    /// <summary>A licensed driver whose licence runs between the given dates.</summary>
    public async Task<(Person Person, DriverLicence Licence)> AddDriverAsync(DateOnly issuedOn, DateOnly expiresOn, string number = "DL00001")
    {
        await using var db = database.NewContext();
        var person = Build.Person(surname: "Morgan" + number[^2..], licence: null);
        var grant = Decision.Record(new DecisionDraft(person.Id, DecisionKind.Grant, LicenceType.PrivateHireDriver, DecisionMaker.AuthorisedOfficer,
            "Maya Manager", "Fit and proper", issuedOn), DateTime.UtcNow);
        var licence = DriverLicence.Grant(grant, person.Id, LicenceType.PrivateHireDriver, number, "B" + number, issuedOn, expiresOn);
        db.People.Add(person);
        db.Decisions.Add(grant);
        db.Licences.Add(licence);
        await db.SaveChangesAsync();
        return (person, licence);
    }

    public async Task<T> QueryAsync<T>(Func<LicensingDbContext, Task<T>> query)
    {
        await using var db = database.NewContext();
        return await query(db);
    }

    public Task<Licence> LicenceAsync(Guid id) => QueryAsync(db => db.Licences.AsNoTracking().SingleAsync(l => l.Id == id));

    public Task<Domain.Jobs.JobRun> LastRunAsync(string job) =>
        QueryAsync(db => db.JobRuns.AsNoTracking().Where(r => r.JobName == job).OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).FirstAsync());
}
