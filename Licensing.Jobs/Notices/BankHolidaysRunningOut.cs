using Hangfire;
using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Domain.Jobs;
using Licensing.Domain.Notices;
using Licensing.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Jobs.Notices;

/// <summary>
/// Deemed service dates skip England and Wales bank holidays only as far as they are recorded. When fewer than
/// <see cref="BankHolidayList.DaysAheadNeeded"/> days are known, the administrators get a task to import GOV.UK's
/// next file; once they have, the job closes it. Keyed by the last known holiday, so a re-run never raises it
/// twice and the next year's shortfall raises its own.
/// </summary>
[DisableConcurrentExecution(10 * 60)]
public sealed class BankHolidaysRunningOut(IDbContextFactory<LicensingDbContext> dbs, JobRunLog log) : ILicensingJob
{
    public const string Name = "bank-holidays";

    public Task RunAsync(CancellationToken ct) => log.RecordAsync(Name, CheckAsync, ct);

    private async Task<JobResult> CheckAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var knownUntil = await BankHolidayList.KnownUntilAsync(db, ct);
        var open = await db.TeamTasks.Where(t => t.Kind == TeamTaskKind.BankHolidaysRunningOut && t.ClosedAt == null).ToListAsync(ct);
        if (!BankHolidayList.RunningOut(knownUntil, db.Today))
        {
            foreach (var task in open) task.Close(db.UtcNow, "System", $"Bank holidays are now known until {Domain.Common.LondonTime.Format(knownUntil!.Value)}");
            await db.SaveChangesAsync(ct);
            return JobResult.Of(open.Count, open.Count == 1 ? "reminder closed" : "reminders closed");
        }

        var key = $"bank-holidays:{knownUntil?.ToString("yyyy-MM-dd") ?? "none"}";
        if (await db.TeamTasks.AnyAsync(t => t.Key == key, ct)) return JobResult.Of(0, "reminders raised", extra: "already raised");
        db.TeamTasks.Add(TeamTask.Raise(key, TeamTaskKind.BankHolidaysRunningOut, "Import next year's bank holidays", Roles.Administrator, db.Today, db.UtcNow,
            detail: BankHolidayList.RunningOutWarning(knownUntil), link: "/admin/bank-holidays"));
        await db.SaveChangesAsync(ct);
        return JobResult.Of(1, "reminder raised");
    }
}
