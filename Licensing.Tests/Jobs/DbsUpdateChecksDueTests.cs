using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Licensees;
using Licensing.Domain.Jobs;
using Licensing.Jobs.Applications;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Jobs;

public class DbsUpdateChecksDueTests
{
    [Fact]
    public async Task A_driver_gets_one_check_task_on_each_six_month_anniversary_and_an_overdue_one_is_escalated_once()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var (person, _) = await kit.AddDriverAsync(new(2025, 12, 16), new(2028, 12, 16));
        var job = new DbsUpdateChecksDue(kit, kit.Log, kit.Options);

        kit.SetLondonTime(2026, 6, 15, 23, 0); // the day before the first six months are up
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(0, await kit.QueryAsync(db => db.TeamTasks.CountAsync()));

        kit.SetLondonTime(2026, 6, 16, 6, 15);
        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);
        var task = Assert.Single(await kit.QueryAsync(db => db.TeamTasks.ToListAsync()));
        Assert.Equal((TeamTaskKind.DbsUpdateCheck, person.Id, new DateOnly(2026, 6, 16), Roles.LicensingOfficer), (task.Kind, task.PersonId, task.DueOn, task.ForRole));
        Assert.Null(task.EscalatedAt);

        kit.SetLondonTime(2026, 7, 1, 6, 15); // 15 days past due
        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);
        task = Assert.Single(await kit.QueryAsync(db => db.TeamTasks.ToListAsync()));
        Assert.NotNull(task.EscalatedAt);
        Assert.Equal("0 DBS check tasks raised; 0 overdue checks escalated; 0 tasks closed by a recorded check", (await kit.LastRunAsync(DbsUpdateChecksDue.Name)).Summary);
    }

    [Fact]
    public async Task Once_the_check_is_done_the_next_task_comes_six_months_later()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        await kit.AddDriverAsync(new(2025, 12, 16), new(2028, 12, 16));
        var job = new DbsUpdateChecksDue(kit, kit.Log, kit.Options);
        kit.SetLondonTime(2026, 6, 16, 6, 15);
        await job.RunAsync(CancellationToken.None);
        await using (var db = database.NewContext())
        {
            (await db.TeamTasks.SingleAsync()).Close(db.UtcNow, "Olivia Officer", "Update Service: no change");
            await db.SaveChangesAsync();
        }

        await job.RunAsync(CancellationToken.None);
        kit.SetLondonTime(2026, 12, 16, 6, 15);
        await job.RunAsync(CancellationToken.None);

        var tasks = await kit.QueryAsync(db => db.TeamTasks.OrderBy(t => t.DueOn).ToListAsync());
        Assert.Equal([new DateOnly(2026, 6, 16), new DateOnly(2026, 12, 16)], tasks.Select(t => t.DueOn));
    }

    [Fact]
    public async Task A_recorded_Update_Service_check_closes_the_task_and_restarts_the_six_months()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var (person, licence) = await kit.AddDriverAsync(new(2025, 12, 16), new(2028, 12, 16));
        var job = new DbsUpdateChecksDue(kit, kit.Log, kit.Options);
        kit.SetLondonTime(2026, 6, 16, 6, 15);
        await job.RunAsync(CancellationToken.None);

        kit.SetLondonTime(2026, 6, 18, 12, 0);
        await using (var db = database.NewContext())
        {
            var officer = new Licensing.Domain.Audit.Actor("officer-1", "Olivia Officer");
            var application = LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.Renewal, LicenceType.PrivateHireDriver, db.Today),
                await db.People.SingleAsync(p => p.Id == person.Id), await db.Licences.SingleAsync(l => l.Id == licence.Id), "APP-1", officer, db.UtcNow, db.Today);
            db.Applications.Add(application);
            db.StatutoryChecks.Add(application.RecordCheck(new CheckDetails(CheckKind.DbsUpdateService, "001234567890", db.Today, CheckOutcome.Satisfactory), officer, db.UtcNow, db.Today));
            await db.SaveChangesAsync();
        }
        await job.RunAsync(CancellationToken.None);
        Assert.False((await kit.QueryAsync(db => db.TeamTasks.SingleAsync())).IsOpen);

        kit.SetLondonTime(2026, 12, 18, 6, 15);
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(new DateOnly(2026, 12, 18), (await kit.QueryAsync(db => db.TeamTasks.SingleAsync(t => t.ClosedAt == null))).DueOn);
    }

    [Theory]
    [InlineData("2026-01-31", "2026-07-30", null)]
    [InlineData("2026-01-31", "2026-07-31", "2026-07-31")]
    [InlineData("2025-01-31", "2026-07-31", "2026-07-31")]
    [InlineData("2025-08-31", "2026-03-01", "2026-02-28")]
    public void The_latest_due_date_is_the_last_six_month_anniversary_on_or_before_today(string issued, string today, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), DbsUpdateChecksDue.LatestDueDate(DateOnly.Parse(issued), DateOnly.Parse(today), 6));
}
