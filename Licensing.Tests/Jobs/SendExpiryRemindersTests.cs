using Licensing.Domain.Notices;
using Licensing.Jobs.Licensees;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Jobs;

public class SendExpiryRemindersTests
{
    [Fact]
    public async Task A_licensee_is_reminded_eight_and_then_four_weeks_before_expiry_and_never_twice_at_either()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var (person, licence) = await kit.AddDriverAsync(new(2023, 8, 10), new(2026, 8, 10));
        var job = new SendExpiryReminders(kit, kit.Log, kit.Options);

        kit.SetLondonTime(2026, 6, 15, 10, 0); // 56 days before: the 8-week reminder
        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);
        Assert.Equal("0 reminders sent", (await kit.LastRunAsync(SendExpiryReminders.Name)).Summary);

        kit.SetLondonTime(2026, 7, 13, 6, 0); // 28 days before: the 4-week reminder
        await job.RunAsync(CancellationToken.None);
        Assert.Equal("1 reminder sent", (await kit.LastRunAsync(SendExpiryReminders.Name)).Summary);
        await job.RunAsync(CancellationToken.None);

        var reminders = await kit.QueryAsync(db => db.ExpiryReminders.OrderBy(r => r.SentOn).ToListAsync());
        Assert.Equal([8, 4], reminders.Select(r => r.WeeksBefore));
        Assert.All(reminders, r => Assert.Equal(person.Id, r.PersonId));
        var notices = await kit.QueryAsync(db => db.Notices.ToListAsync());
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.Equal((NoticeKind.ExpiryReminder, licence.Id), (n.Kind, n.LicenceId!.Value)));
        Assert.Equal(notices.Select(n => n.Id).Order(), reminders.Select(r => r.NoticeId).Order());
    }

    [Fact]
    public async Task A_licence_first_seen_inside_four_weeks_gets_only_the_four_week_reminder_and_one_further_away_gets_none()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        await kit.AddDriverAsync(new(2023, 7, 5), new(2026, 7, 5), "DL00001");
        await kit.AddDriverAsync(new(2023, 9, 1), new(2026, 9, 1), "DL00002");

        await new SendExpiryReminders(kit, kit.Log, kit.Options).RunAsync(CancellationToken.None);

        var reminder = Assert.Single(await kit.QueryAsync(db => db.ExpiryReminders.ToListAsync()));
        Assert.Equal(4, reminder.WeeksBefore);
    }

    [Fact]
    public async Task A_renewed_licence_is_reminded_again_before_its_new_expiry()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var (_, licence) = await kit.AddDriverAsync(new(2023, 7, 5), new(2026, 7, 5));
        var job = new SendExpiryReminders(kit, kit.Log, kit.Options);
        await job.RunAsync(CancellationToken.None);

        await using (var db = database.NewContext())
        {
            var l = await db.Licences.SingleAsync(x => x.Id == licence.Id);
            l.CorrectTerm(l.IssuedOn, new DateOnly(2029, 7, 5));
            await db.SaveChangesAsync();
        }
        kit.SetLondonTime(2029, 6, 1, 6, 0);
        await job.RunAsync(CancellationToken.None);

        Assert.Equal(2, await kit.QueryAsync(db => db.ExpiryReminders.CountAsync()));
    }
}
