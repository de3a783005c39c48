using Hangfire;
using Licensing.Domain.Data;
using Licensing.Domain.Jobs;
using Licensing.Domain.Licensees;
using Licensing.Domain.Notices;
using Licensing.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Jobs.Licensees;

/// <summary>
/// Reminds licensees that their licence expires (8 and 4 weeks before, by default): a reminder record
/// and the notice (an expiry reminder letter, sent through the notices outbox) in one save per licence.
/// The reminder's unique key — licence, expiry date, threshold — means a licence is never reminded twice
/// at the same threshold, however often the job runs. A licence first seen inside the 4-week window
/// (the job was off for a while) gets the 4-week reminder only.
/// </summary>
[DisableConcurrentExecution(10 * 60)]
public sealed class SendExpiryReminders(IDbContextFactory<LicensingDbContext> dbs, JobRunLog log, IOptions<JobsOptions> options) : ILicensingJob
{
    public const string Name = "expiry-reminders";

    public Task RunAsync(CancellationToken ct) => log.RecordAsync(Name, RemindAsync, ct);

    private async Task<JobResult> RemindAsync(CancellationToken ct)
    {
        var thresholds = options.Value.ExpiryReminderWeeks.Where(w => w > 0).Distinct().Order().ToArray();
        if (thresholds.Length == 0) return JobResult.Of(0, "reminders sent", extra: "no reminder thresholds configured");
        DateOnly today;
        List<Guid> due;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            today = db.Today;
            var horizon = today.AddDays(thresholds[^1] * 7);
            due = await db.Licences
                .Where(l => (l.Status == LicenceStatus.Granted || l.Status == LicenceStatus.Suspended)
                    && l.HolderId != null && l.ExpiresOn >= today && l.ExpiresOn <= horizon)
                .OrderBy(l => l.ExpiresOn).Select(l => l.Id).ToListAsync(ct);
        }
        var counts = await PerItem.ForEachAsync(dbs, due, async (db, id, ct) =>
        {
            var licence = await db.Licences.SingleAsync(l => l.Id == id, ct);
            if (licence.HolderId is not { } holder || licence.Status is not (LicenceStatus.Granted or LicenceStatus.Suspended)) return false;
            var daysLeft = licence.ExpiresOn.DayNumber - today.DayNumber;
            var weeks = thresholds.FirstOrDefault(w => daysLeft <= w * 7);
            if (daysLeft < 0 || weeks == 0) return false;
            var alreadyReminded = await db.ExpiryReminders.AnyAsync(r => r.LicenceId == id && r.ExpiresOn == licence.ExpiresOn && r.WeeksBefore <= weeks, ct);
            if (alreadyReminded) return false;
            var notice = db.Notices.Add(Notice.Draft(NoticeKind.ExpiryReminder, holder, db.UtcNow, licenceId: licence.Id)).Entity;
            db.ExpiryReminders.Add(ExpiryReminder.Record(licence.Id, holder, licence.ExpiresOn, weeks, today, notice.Id));
            return true;
        }, ct);
        return counts.Result("reminder sent", "reminders sent");
    }
}
