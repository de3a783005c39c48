using Licensing.Domain.Admin;
using Licensing.Domain.Jobs;
using Licensing.Jobs.Admin;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Jobs;

public class RetentionReviewTests
{
    [Fact]
    public async Task A_former_licensee_past_the_retention_period_is_listed_once_for_an_administrator_and_nothing_is_deleted()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var (former, old) = await kit.AddDriverAsync(new(2011, 1, 1), new(2014, 1, 1), "DL00001");
        await kit.AddDriverAsync(new(2012, 1, 1), new(2015, 12, 1), "DL00002"); // ended 10½ years ago: not yet
        await kit.AddDriverAsync(new(2025, 1, 1), new(2028, 1, 1), "DL00003");
        await using (var db = database.NewContext())
        {
            foreach (var l in await db.Licences.Where(l => l.ExpiresOn < new DateOnly(2020, 1, 1)).ToListAsync()) l.Expire(db.Today);
            await db.SaveChangesAsync();
        }
        // Expiry is dated the day after the expiry date, so the first ended on 2 January 2014.
        var job = new RetentionReview(kit, kit.Log, kit.Options, Microsoft.Extensions.Options.Options.Create(new Licensing.Domain.Register.RegisterOptions()));
        kit.SetLondonTime(2026, 6, 16, 3, 0);
        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);

        var task = Assert.Single(await kit.QueryAsync(db => db.TeamTasks.ToListAsync()));
        Assert.Equal((TeamTaskKind.RetentionReview, Roles.Administrator, former.Id), (task.Kind, task.ForRole, task.PersonId));
        Assert.Equal(3, await kit.QueryAsync(db => db.People.CountAsync()));
        Assert.NotNull(await kit.LicenceAsync(old.Id));
    }
}
