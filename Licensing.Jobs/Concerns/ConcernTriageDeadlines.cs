using Hangfire;
using Licensing.Domain.Admin;
using Licensing.Domain.Common;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Domain.Jobs;
using Licensing.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Jobs.Concerns;

/// <summary>
/// A safeguarding (CSE) concern must be triaged the working day it arrives; any other concern within
/// its triage deadline (five working days). One not triaged in time goes to the managers as an
/// escalated task — a safeguarding one already in the afternoon of its due day, while there is still
/// time to act that day. When the concern has been triaged, the job closes the task itself. Keyed per
/// concern, so a re-run never escalates it twice.
/// </summary>
[DisableConcurrentExecution(10 * 60)]
public sealed class ConcernTriageDeadlines(IDbContextFactory<LicensingDbContext> dbs, JobRunLog log, IOptions<JobsOptions> options) : ILicensingJob
{
    public const string Name = "concern-triage-deadlines";

    public Task RunAsync(CancellationToken ct) => log.RecordAsync(Name, EscalateAsync, ct);

    private async Task<JobResult> EscalateAsync(CancellationToken ct)
    {
        DateOnly today;
        List<Guid> late, resolved;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            today = db.Today;
            var londonHour = LondonTime.ToLondon(db.UtcNow).Hour;
            var safeguardingDueBy = londonHour >= options.Value.SafeguardingEscalationHour ? today : today.AddDays(-1);
            late = await db.Concerns
                .Where(c => c.Triage == TriageStatus.AwaitingTriage
                    && (c.TriageDueOn < today || (c.Category == ConcernCategory.Safeguarding && c.TriageDueOn <= safeguardingDueBy)))
                .OrderBy(c => c.TriageDueOn).Select(c => c.Id).ToListAsync(ct);
            var escalatedIds = (await db.TeamTasks.Where(t => t.Kind == TeamTaskKind.ConcernTriage && t.ClosedAt == null).Select(t => t.Key).ToListAsync(ct))
                .Select(k => Guid.TryParse(k[(k.LastIndexOf(':') + 1)..], out var id) ? id : Guid.Empty).ToList();
            resolved = await db.Concerns.Where(c => c.Triage != TriageStatus.AwaitingTriage && escalatedIds.Contains(c.Id))
                .Select(c => c.Id).ToListAsync(ct);
        }

        var escalated = await PerItem.ForEachAsync(dbs, late, async (db, id, ct) =>
        {
            var key = Key(id);
            if (await db.TeamTasks.AnyAsync(t => t.Key == key, ct)) return false;
            var concern = await db.Concerns.SingleAsync(c => c.Id == id, ct);
            if (concern.Triage != TriageStatus.AwaitingTriage) return false;
            var what = concern.IsSafeguarding ? "Safeguarding concern" : "Concern";
            var task = TeamTask.Raise(key, TeamTaskKind.ConcernTriage, $"{what} {concern.Reference} not triaged", Roles.LicensingManager, concern.TriageDueOn, db.UtcNow,
                concern.PersonId, $"{Concern.Describe(concern.Category)} concern received {LondonTime.Format(concern.ReceivedOn)}, due for triage by {LondonTime.Format(concern.TriageDueOn)}.",
                $"/concerns/{concern.Id}");
            task.Escalate(db.UtcNow, concern.IsSafeguarding ? "Safeguarding concerns are triaged the working day they arrive" : "Past its triage deadline");
            db.TeamTasks.Add(task);
            return true;
        }, ct);

        var closed = await PerItem.ForEachAsync(dbs, resolved, async (db, id, ct) =>
        {
            var task = await db.TeamTasks.SingleAsync(t => t.Key == Key(id), ct);
            if (!task.IsOpen) return false;
            task.Close(db.UtcNow, "System", "The concern has been triaged");
            return true;
        }, ct);

        return escalated.Result("late triage escalated", "late triages escalated").And(closed.Result("escalation closed after triage", "escalations closed after triage"));
    }

    private static string Key(Guid concernId) => $"concern-triage:{concernId}";
}
