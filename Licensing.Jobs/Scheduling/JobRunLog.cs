using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Jobs.Scheduling;

/// <summary>
/// Wraps one run of a job: a <see cref="JobRun"/> row before the work starts, its outcome and summary
/// after. Every save inside is attributed to the job's system actor. An error is recorded on the run
/// and thrown on, so the scheduler retries the job; nothing is swallowed.
/// </summary>
public sealed class JobRunLog(IDbContextFactory<LicensingDbContext> dbs)
{
    public async Task<JobResult> RecordAsync(string jobName, Func<CancellationToken, Task<JobResult>> work, CancellationToken ct)
    {
        using var system = SystemWork.As(Actor.System(jobName));
        Guid runId;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            var run = db.JobRuns.Add(JobRun.Start(jobName, db.UtcNow)).Entity;
            await db.SaveChangesAsync(ct);
            runId = run.Id;
        }

        JobResult result;
        try
        {
            result = await work(ct);
        }
        catch (Exception e)
        {
            // Recorded for the jobs page, then thrown on so the scheduler's retry takes over.
            await FinishAsync(runId, (run, now) => run.Fail(now, e.Message), CancellationToken.None);
            throw;
        }
        await FinishAsync(runId, (run, now) => run.Finish(now, result), ct);
        return result;
    }

    private async Task FinishAsync(Guid runId, Action<JobRun, DateTime> finish, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var run = await db.JobRuns.SingleAsync(r => r.Id == runId, ct);
        finish(run, db.UtcNow);
        await db.SaveChangesAsync(ct);
    }
}
