using Licensing.Domain.Admin;
using Licensing.Domain.Jobs;
using Licensing.Domain.Notices;
using Licensing.Jobs.Notices;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Jobs;

public class BankHolidaysRunningOutTests
{
    [Fact]
    public async Task Administrators_are_reminded_once_when_fewer_than_ninety_days_of_bank_holidays_are_known_and_the_import_closes_it()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var job = new BankHolidaysRunningOut(kit, kit.Log);

        kit.SetLondonTime(2027, 9, 27, 0, 50); // the seeded holidays run to Tuesday 28 December 2027: 92 days ahead
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(0, await kit.QueryAsync(db => db.TeamTasks.CountAsync()));

        kit.SetLondonTime(2027, 10, 4, 0, 50);
        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);
        var task = Assert.Single(await kit.QueryAsync(db => db.TeamTasks.ToListAsync()));
        Assert.Equal((TeamTaskKind.BankHolidaysRunningOut, Roles.Administrator, "bank-holidays:2027-12-28", "/admin/bank-holidays"), (task.Kind, task.ForRole, task.Key, task.Link));
        Assert.StartsWith("Bank holidays are known only until 28 December 2027.", task.Detail);

        await using (var db = database.NewContext())
            await BankHolidayList.ImportAsync(db, """{"england-and-wales": {"division": "england-and-wales", "events": [{"title": "New Year’s Day", "date": "2028-01-03"}, {"title": "Boxing Day", "date": "2028-12-26"}]}}""");
        kit.SetLondonTime(2027, 10, 11, 0, 50);
        await job.RunAsync(CancellationToken.None);
        var closed = await kit.QueryAsync(db => db.TeamTasks.SingleAsync());
        Assert.Equal((false, "Bank holidays are now known until 26 December 2028"), (closed.IsOpen, closed.ClosingNote));
    }

    [Fact]
    public async Task With_no_bank_holidays_at_all_the_reminder_says_none_are_recorded()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        await using (var db = database.NewContext())
        {
            await db.BankHolidays.ExecuteDeleteAsync();
        }
        kit.SetLondonTime(2026, 6, 22, 0, 50);
        await new BankHolidaysRunningOut(kit, kit.Log).RunAsync(CancellationToken.None);
        var task = Assert.Single(await kit.QueryAsync(db => db.TeamTasks.ToListAsync()));
        Assert.Equal("bank-holidays:none", task.Key);
        Assert.StartsWith("No bank holidays are recorded", task.Detail);
    }

    [Theory]
    [InlineData("2027-12-28", "2027-09-29", false)] // exactly 90 days ahead is enough
    [InlineData("2027-12-28", "2027-09-30", true)]
    [InlineData(null, "2026-01-01", true)]
    public void Running_out_means_fewer_than_ninety_days_known(string? knownUntil, string today, bool runningOut) =>
        Assert.Equal(runningOut, BankHolidayList.RunningOut(knownUntil is null ? null : DateOnly.Parse(knownUntil), DateOnly.Parse(today)));
}
