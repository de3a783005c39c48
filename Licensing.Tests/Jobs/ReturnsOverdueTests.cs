using Licensing.Domain.Decisions;
using Licensing.Domain.Jobs;
using Licensing.Domain.Licensees;
using Licensing.Jobs.Licensees;
using Licensing.Tests.Infrastructure;
using Licensing.Tests.Licensees;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Jobs;

public class ReturnsOverdueTests
{
    [Fact]
    public async Task A_badge_not_returned_a_week_after_revocation_becomes_one_task_which_recording_the_return_closes()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var (licenceId, decisionId) = await DocumentReturnTests.OutOfForceAsync(database, DecisionKind.Revocation); // revoked Monday 15 June 2026
        var job = new ReturnsOverdue(kit, kit.Log);

        kit.SetLondonTime(2026, 6, 22, 0, 45); // seven days: not yet overdue
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(0, await kit.QueryAsync(db => db.TeamTasks.CountAsync()));

        kit.SetLondonTime(2026, 6, 23, 0, 45);
        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);
        var task = Assert.Single(await kit.QueryAsync(db => db.TeamTasks.ToListAsync()));
        Assert.Equal((TeamTaskKind.DocumentReturnOverdue, DocumentReturn.TaskKey(licenceId, decisionId), $"/licences/{licenceId}#return"), (task.Kind, task.Key, task.Link));
        Assert.Equal("Not returned: badge 1001 and licence of licence DL00001", task.Title);
        Assert.True(task.IsOpen);

        await using (var db = database.NewContext())
        {
            await DocumentReturn.RecordAsync(db, licenceId, new DateOnly(2026, 6, 23), null, "Olivia Officer");
            await db.SaveChangesAsync();
        }
        var closed = await kit.QueryAsync(db => db.TeamTasks.SingleAsync());
        Assert.Equal((false, "Olivia Officer", "Returned"), (closed.IsOpen, closed.ClosedBy, closed.ClosingNote));
        kit.SetLondonTime(2026, 6, 24, 0, 45);
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(1, await kit.QueryAsync(db => db.TeamTasks.CountAsync()));
    }
}
