using Hangfire;
using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Data;
using Licensing.Domain.Jobs;
using Licensing.Domain.Licensees;
using Licensing.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Jobs.Applications;

/// <summary>
/// The Statutory Standards expect a licensed driver's DBS certificate to be checked on the Update
/// Service every six months. Each licensed driver gets an officer task on every six-month anniversary
/// of their licence (one open task at a time, keyed by person and due date so a re-run never raises it
/// twice); a task left open past the overdue allowance is escalated to the managers.
/// </summary>
[DisableConcurrentExecution(10 * 60)]
public sealed class DbsUpdateChecksDue(IDbContextFactory<LicensingDbContext> dbs, JobRunLog log, IOptions<JobsOptions> options) : ILicensingJob
{
    public const string Name = "dbs-update-checks";

    public Task RunAsync(CancellationToken ct) => log.RecordAsync(Name, RaiseAndEscalateAsync, ct);

    private async Task<JobResult> RaiseAndEscalateAsync(CancellationToken ct)
    {
        var months = Math.Max(1, options.Value.DbsCheckMonths);
        DateOnly today;
        List<(Guid Person, DateOnly Anchor)> drivers;
        List<Guid> overdue;
        List<(Guid Task, DateOnly CheckedOn)> done;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            today = db.Today;
            var driverKinds = new[] { LicenceType.HackneyCarriageDriver, LicenceType.PrivateHireDriver, LicenceType.DualDriver };
            var licensed = await db.Licences
                .Where(l => (l.Status == LicenceStatus.Granted || l.Status == LicenceStatus.Suspended) && l.HolderId != null && driverKinds.Contains(l.Type))
                .GroupBy(l => l.HolderId!.Value)
                .Select(g => new { Person = g.Key, IssuedOn = g.Min(l => l.IssuedOn) })
                .ToListAsync(ct);
            var lastChecks = await LastChecksAsync(db, licensed.Select(l => l.Person).ToList(), ct);
            // The cycle runs from the last recorded DBS check (application feature), else from the licence's issue.
            drivers = licensed.Select(l => (l.Person, lastChecks.TryGetValue(l.Person, out var c) && c > l.IssuedOn ? c : l.IssuedOn)).ToList();

            var open = await db.TeamTasks.Where(t => t.Kind == TeamTaskKind.DbsUpdateCheck && t.ClosedAt == null)
                .Select(t => new { t.Id, t.PersonId, t.DueOn, t.EscalatedAt }).ToListAsync(ct);
            var openChecks = await LastChecksAsync(db, open.Where(t => t.PersonId != null).Select(t => t.PersonId!.Value).Distinct().ToList(), ct);
            done = open.Where(t => t.PersonId is { } p && openChecks.TryGetValue(p, out var c) && c >= t.DueOn.AddMonths(-1))
                .Select(t => (t.Id, openChecks[t.PersonId!.Value])).ToList();
            var overdueBefore = today.AddDays(-options.Value.DbsOverdueDays);
            overdue = open.Where(t => t.EscalatedAt is null && t.DueOn < overdueBefore && done.All(d => d.Task != t.Id)).Select(t => t.Id).ToList();
        }

        // A check recorded since the task fell due (or in the month before) closes it.
        var closed = await PerItem.ForEachAsync(dbs, done, async (db, item, ct) =>
        {
            var task = await db.TeamTasks.SingleAsync(t => t.Id == item.Task, ct);
            if (!task.IsOpen) return false;
            task.Close(db.UtcNow, "System", $"DBS check recorded on {Domain.Common.LondonTime.Format(item.CheckedOn)}");
            return true;
        }, ct);

        var raised = await PerItem.ForEachAsync(dbs, drivers, async (db, driver, ct) =>
        {
            if (LatestDueDate(driver.Anchor, today, months) is not { } due) return false;
            var key = $"dbs-update:{driver.Person}:{due:yyyy-MM-dd}";
            var open = await db.TeamTasks.AnyAsync(t => t.PersonId == driver.Person && t.Kind == TeamTaskKind.DbsUpdateCheck && (t.ClosedAt == null || t.Key == key), ct);
            if (open) return false;
            var name = await db.People.Where(p => p.Id == driver.Person).Select(p => p.Forenames + " " + p.Surname).SingleAsync(ct);
            db.TeamTasks.Add(TeamTask.Raise(key, TeamTaskKind.DbsUpdateCheck, $"DBS Update Service check due for {name}", Roles.LicensingOfficer, due, db.UtcNow,
                driver.Person, $"Check the enhanced DBS certificate's status on the Update Service (due every {months} months) and record the result.",
                $"/licensees/{driver.Person}"));
            return true;
        }, ct);

        var escalated = await PerItem.ForEachAsync(dbs, overdue, async (db, id, ct) =>
        {
            var task = await db.TeamTasks.SingleAsync(t => t.Id == id, ct);
            return task.Escalate(db.UtcNow, $"Not done {options.Value.DbsOverdueDays} days after it fell due");
        }, ct);

        return raised.Result("DBS check task raised", "DBS check tasks raised")
            .And(escalated.Result("overdue check escalated", "overdue checks escalated"))
            .And(closed.Result("task closed by a recorded check", "tasks closed by a recorded check"));
    }

    private static async Task<Dictionary<Guid, DateOnly>> LastChecksAsync(LicensingDbContext db, List<Guid> people, CancellationToken ct) =>
        (await db.StatutoryChecks
            .Where(c => people.Contains(c.PersonId) && (c.Kind == CheckKind.DbsUpdateService || c.Kind == CheckKind.EnhancedDbs) && c.Outcome == CheckOutcome.Satisfactory)
            .GroupBy(c => c.PersonId).Select(g => new { g.Key, Last = g.Max(c => c.CheckedOn) }).ToListAsync(ct))
        .ToDictionary(x => x.Key, x => x.Last);

    /// <summary>The most recent six-month anniversary of the licence on or before today (none in the first six months).</summary>
    public static DateOnly? LatestDueDate(DateOnly anchor, DateOnly today, int months)
    {
        DateOnly? latest = null;
        for (var n = 1; anchor.AddMonths(n * months) <= today; n++) latest = anchor.AddMonths(n * months);
        return latest;
    }
}
