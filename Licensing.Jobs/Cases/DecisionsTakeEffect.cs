using Hangfire;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Jobs;
using Licensing.Domain.Licensees;
using Licensing.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Jobs.Cases;

/// <summary>
/// Dates decide these, never an officer's memory: a suspension or revocation whose appeal period ended
/// with no appeal recorded (or whose appeal was finally decided) takes effect on its date, and a
/// suspension ends on its date with the licence reinstated. One save per decision or licence; a decision
/// that has taken effect, or a licence already back in force, is skipped on a re-run.
/// </summary>
[DisableConcurrentExecution(10 * 60)]
public sealed class DecisionsTakeEffect(IDbContextFactory<LicensingDbContext> dbs, JobRunLog log) : ILicensingJob
{
    public const string Name = "decisions-take-effect";

    public Task RunAsync(CancellationToken ct) => log.RecordAsync(Name, ApplyAsync, ct);

    private async Task<JobResult> ApplyAsync(CancellationToken ct)
    {
        DateOnly today;
        List<Guid> decisions, suspensionsEnding;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            today = db.Today;
            decisions = await db.Decisions
                .Where(d => d.TookEffectOn == null && d.TakesEffectOn != null && d.TakesEffectOn <= today && d.LicenceId != null
                    && (d.Kind == DecisionKind.Suspension || d.Kind == DecisionKind.Revocation))
                .OrderBy(d => d.TakesEffectOn).Select(d => d.Id).ToListAsync(ct);
        }
        var took = await PerItem.ForEachAsync(dbs, decisions, (db, id, ct) => TakeEffectAsync(db, id, today, ct), ct);

        await using (var db = await dbs.CreateDbContextAsync(ct))
            suspensionsEnding = await db.Licences
                .Where(l => l.Status == LicenceStatus.Suspended && l.SuspendedUntil != null && l.SuspendedUntil <= today)
                .Select(l => l.Id).ToListAsync(ct);
        var ended = await PerItem.ForEachAsync(dbs, suspensionsEnding, (db, id, ct) => EndSuspensionAsync(db, id, today, ct), ct);

        return took.Result("decision took effect", "decisions took effect").And(ended.Result("suspension ended", "suspensions ended"));
    }

    private static async Task<bool> TakeEffectAsync(LicensingDbContext db, Guid decisionId, DateOnly today, CancellationToken ct)
    {
        var decision = await db.Decisions.SingleAsync(d => d.Id == decisionId, ct);
        if (decision.TookEffectOn is not null || decision.TakesEffectOn is not { } on || on > today) return false;
        var licence = await db.Licences.SingleAsync(l => l.Id == decision.LicenceId, ct);
        // Whoever served an immediate-effect notice may already have moved the licence under this decision.
        if (licence.StatusDecisionId != decision.Id)
        {
            if (decision.Kind == DecisionKind.Suspension) licence.Suspend(decision, on);
            else licence.Revoke(decision, on);
        }
        decision.MarkTakenEffect(on);
        return true;
    }

    private static async Task<bool> EndSuspensionAsync(LicensingDbContext db, Guid licenceId, DateOnly today, CancellationToken ct)
    {
        var licence = await db.Licences.SingleAsync(l => l.Id == licenceId, ct);
        if (licence.Status != LicenceStatus.Suspended || licence.SuspendedUntil is not { } until || until > today) return false;
        licence.Reinstate(until, $"Suspension ended on {LondonTime.Format(until)}");
        return true;
    }
}
