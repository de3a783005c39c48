using Licensing.Domain.Jobs;
using Licensing.Domain.Licensees;
using Licensing.Jobs.Licensees;
using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Jobs;

public class ExpireLicencesTests
{
    [Fact]
    public async Task A_licence_expires_the_day_after_its_expiry_date_and_a_second_run_changes_nothing()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var (_, past) = await kit.AddDriverAsync(new(2023, 6, 15), new(2026, 6, 15), "DL00001");
        var (_, today) = await kit.AddDriverAsync(new(2023, 6, 16), new(2026, 6, 16), "DL00002");
        kit.SetLondonTime(2026, 6, 16, 0, 30);
        var job = new ExpireLicences(kit, kit.Log);

        await job.RunAsync(CancellationToken.None);
        Assert.Equal(LicenceStatus.Expired, (await kit.LicenceAsync(past.Id)).Status);
        Assert.Equal(new DateOnly(2026, 6, 16), (await kit.LicenceAsync(past.Id)).StatusSince);
        Assert.Equal(LicenceStatus.Granted, (await kit.LicenceAsync(today.Id)).Status);
        var first = await kit.LastRunAsync(ExpireLicences.Name);
        Assert.Equal(JobOutcome.Succeeded, first.Outcome);
        Assert.Equal("1 licence expired", first.Summary);

        await job.RunAsync(CancellationToken.None);
        Assert.Equal("0 licences expired", (await kit.LastRunAsync(ExpireLicences.Name)).Summary);
    }

    [Fact]
    public async Task At_half_past_midnight_on_the_autumn_clock_change_the_London_date_decides_and_the_repeated_hour_does_nothing_twice()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var (_, saturday) = await kit.AddDriverAsync(new(2023, 10, 24), new(2026, 10, 24), "DL00001");
        var (_, sunday) = await kit.AddDriverAsync(new(2023, 10, 25), new(2026, 10, 25), "DL00002");
        var job = new ExpireLicences(kit, kit.Log);

        // 00:30 BST on Sunday 25 October 2026 is 23:30 UTC on the Saturday: the UTC date would be a day late.
        kit.SetLondonTime(2026, 10, 25, 0, 30);
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 23, 30, 0, TimeSpan.Zero), database.Clock.GetUtcNow());
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(LicenceStatus.Expired, (await kit.LicenceAsync(saturday.Id)).Status);
        Assert.Equal(LicenceStatus.Granted, (await kit.LicenceAsync(sunday.Id)).Status);

        // 01:30 happens twice that night; a run in the second one finds nothing left to do.
        database.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero));
        await job.RunAsync(CancellationToken.None);
        Assert.Equal("0 licences expired", (await kit.LastRunAsync(ExpireLicences.Name)).Summary);
        Assert.Equal(LicenceStatus.Granted, (await kit.LicenceAsync(sunday.Id)).Status);
    }

    [Fact]
    public async Task At_half_past_midnight_on_the_spring_clock_change_the_previous_days_licences_expire_once()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        // Sunday 28 March 2027: the clocks go forward at 01:00 GMT.
        var (_, saturday) = await kit.AddDriverAsync(new(2024, 3, 27), new(2027, 3, 27), "DL00001");
        var (_, sunday) = await kit.AddDriverAsync(new(2024, 3, 28), new(2027, 3, 28), "DL00002");
        var job = new ExpireLicences(kit, kit.Log);

        kit.SetLondonTime(2027, 3, 28, 0, 30);
        await job.RunAsync(CancellationToken.None);
        kit.SetLondonTime(2027, 3, 28, 3, 30); // after the clocks went forward: same London day
        await job.RunAsync(CancellationToken.None);

        Assert.Equal(LicenceStatus.Expired, (await kit.LicenceAsync(saturday.Id)).Status);
        Assert.Equal(LicenceStatus.Granted, (await kit.LicenceAsync(sunday.Id)).Status);
        var summaries = await kit.QueryAsync(db => Task.FromResult(db.JobRuns.OrderBy(r => r.StartedAt).Select(r => r.Summary).ToList()));
        Assert.Equal(["1 licence expired", "0 licences expired"], summaries);
    }
}
