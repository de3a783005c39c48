using Licensing.Domain.Jobs;
using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Jobs;

public class JobRunLogTests
{
    [Fact]
    public async Task A_run_that_throws_is_recorded_as_failed_and_the_error_reaches_the_scheduler_for_a_retry()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            kit.Log.RecordAsync("test-job", _ => throw new InvalidOperationException("the database went away"), CancellationToken.None));

        Assert.Equal("the database went away", error.Message);
        var run = await kit.LastRunAsync("test-job");
        Assert.Equal((JobOutcome.Failed, "Stopped: the database went away"), (run.Outcome, run.Summary));
        Assert.NotNull(run.FinishedAt);
    }

    [Fact]
    public async Task Saves_inside_a_run_are_attributed_to_the_job_not_a_person()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);

        await kit.Log.RecordAsync("test-job", _ => Task.FromResult(new JobResult(0, 0, "nothing")), CancellationToken.None);

        var actors = await kit.QueryAsync(db => Task.FromResult(db.AuditEntries.Where(a => a.EntityType == "JobRun").Select(a => a.ActorId).Distinct().ToList()));
        Assert.Equal(["system:test-job"], actors);
    }
}
