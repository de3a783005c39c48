using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Jobs.Scheduling;

/// <summary>
/// Works through a job's items one context and one save each: a run killed half-way keeps what it
/// finished, and the retry's own checks (status already moved, unique key already there) skip it.
/// A rule refusing one item is counted and the rest carry on; any other error stops the run.
/// </summary>
public static class PerItem
{
    public sealed record Counts(int Done, int Failed, string? FirstError)
    {
        public Counts And(Counts other) => new(Done + other.Done, Failed + other.Failed, FirstError ?? other.FirstError);

        /// <summary>"3 licences expired, 1 failed; first failure: ..." (the words for one and for many).</summary>
        public JobResult Result(string one, string many) =>
            JobResult.Of(Done, Done == 1 ? one : many, Failed, FirstError is null ? null : $"first failure: {FirstError}");
    }

    /// <param name="step">Loads the item, changes it and returns true; returns false when there is nothing (left) to do.</param>
    public static async Task<Counts> ForEachAsync<T>(IDbContextFactory<LicensingDbContext> dbs, IEnumerable<T> items,
        Func<LicensingDbContext, T, CancellationToken, Task<bool>> step, CancellationToken ct)
    {
        int done = 0, failed = 0;
        string? firstError = null;
        foreach (var item in items)
        {
            ct.ThrowIfCancellationRequested();
            await using var db = await dbs.CreateDbContextAsync(ct);
            try
            {
                if (!await step(db, item, ct)) continue;
                await db.SaveChangesAsync(ct);
                done++;
            }
            catch (DomainRuleException e)
            {
                failed++;
                firstError ??= e.Message;
            }
        }
        return new Counts(done, failed, firstError);
    }
}
