using Hangfire;
using Licensing.Domain.Admin;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Jobs;
using Licensing.Domain.Licensees;
using Licensing.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Jobs.Licensees;

/// <summary>
/// A badge, plates or licence still not recorded as returned a week after a suspension or revocation took
/// effect becomes a task for the officers, to chase. Recording the return closes it
/// (<see cref="DocumentReturn.RecordAsync"/>). Keyed by licence and decision, so a re-run never raises it
/// twice and a later suspension raises its own.
/// </summary>
[DisableConcurrentExecution(10 * 60)]
public sealed class ReturnsOverdue(IDbContextFactory<LicensingDbContext> dbs, JobRunLog log) : ILicensingJob
{
    public const string Name = "returns-overdue";

    public Task RunAsync(CancellationToken ct) => log.RecordAsync(Name, RaiseTasksAsync, ct);

    private async Task<JobResult> RaiseTasksAsync(CancellationToken ct)
    {
        DateOnly today;
        List<Guid> overdue;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            today = db.Today;
            var before = DocumentReturn.OverdueIfDueBefore(today);
            overdue = await DocumentReturn.Outstanding(db).Where(l => l.StatusSince < before).Select(l => l.Id).ToListAsync(ct);
        }
        var counts = await PerItem.ForEachAsync(dbs, overdue, async (db, id, ct) =>
        {
            var licence = await db.Licences.SingleAsync(l => l.Id == id, ct);
            var key = DocumentReturn.TaskKey(licence.Id, licence.StatusDecisionId!.Value);
            if (await db.TeamTasks.AnyAsync(t => t.Key == key, ct)) return false;
            var owed = DocumentReturn.Owed(licence);
            db.TeamTasks.Add(TeamTask.Raise(key, TeamTaskKind.DocumentReturnOverdue, $"Not returned: {owed} of licence {licence.Number}", Roles.LicensingOfficer, today, db.UtcNow,
                licence.HolderId, $"Due back since the licence was {GovWords(licence.Status)} on {LondonTime.Format(licence.StatusSince)}. Chase it, and record the return (or why it will not come back) on the licence.",
                $"/licences/{licence.Id}#return"));
            return true;
        }, ct);
        return counts.Result("task raised", "tasks raised");
    }

    private static string GovWords(LicenceStatus status) => status == LicenceStatus.Suspended ? "suspended" : "revoked";
}
