using Hangfire;
using Licensing.Domain.Admin;
using Licensing.Domain.Cases;
using Licensing.Domain.Data;
using Licensing.Domain.Jobs;
using Licensing.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Jobs.Cases;

/// <summary>
/// Dates decide these, never an officer's memory: suspensions and revocations take effect on their
/// date (end of the appeal period, or when an appeal is decided) and suspensions end on theirs. The
/// rules are the reviews feature's <see cref="DecisionsTakingEffect"/>, which is idempotent (a decision
/// is marked when it takes effect) and saves once, so a run killed half-way leaves nothing half-done.
/// A suspension or revocation taking effect tells any authority that referred a concern in its case the
/// dates, through the notices outbox in the same save.
/// </summary>
[DisableConcurrentExecution(10 * 60)]
public sealed class DecisionsTakeEffect(IDbContextFactory<LicensingDbContext> dbs, JobRunLog log, IOptions<AuthorityOptions> authority) : ILicensingJob
{
    public const string Name = "decisions-take-effect";

    public Task RunAsync(CancellationToken ct) => log.RecordAsync(Name, ApplyAsync, ct);

    private async Task<JobResult> ApplyAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var result = await DecisionsTakingEffect.ApplyAsync(db, db.Today, authority.Value, ct);
        var summary = $"{result.TookEffect} {(result.TookEffect == 1 ? "decision took" : "decisions took")} effect; " +
                      $"{result.Reinstated} {(result.Reinstated == 1 ? "suspension" : "suspensions")} ended";
        if (result.Skipped > 0) summary += $"; {result.Skipped} superseded before taking effect";
        return new JobResult(result.TookEffect + result.Reinstated, 0, summary);
    }
}
