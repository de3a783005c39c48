using Hangfire;
using Licensing.Domain.Data;
using Licensing.Domain.Jobs;
using Licensing.Domain.Licensees;
using Licensing.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Jobs.Licensees;

/// <summary>
/// Licences expire at the end of their expiry date: the next run after midnight (London) marks them expired.
/// A licence whose renewal was refused stays in force until the refusal takes effect (decisions-take-effect ends it).
/// </summary>
[DisableConcurrentExecution(10 * 60)]
public sealed class ExpireLicences(IDbContextFactory<LicensingDbContext> dbs, JobRunLog log) : ILicensingJob
{
    public const string Name = "licence-expiry";

    public Task RunAsync(CancellationToken ct) => log.RecordAsync(Name, ExpireDueAsync, ct);

    private async Task<JobResult> ExpireDueAsync(CancellationToken ct)
    {
        DateOnly today;
        List<Guid> due;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            today = db.Today;
            var refusalPending = Licence.AwaitingRefusalToRenew(db);
            due = await db.Licences
                .Where(l => (l.Status == LicenceStatus.Granted || l.Status == LicenceStatus.Suspended) && l.ExpiresOn < today && !refusalPending.Contains(l.Id))
                .OrderBy(l => l.ExpiresOn).Select(l => l.Id).ToListAsync(ct);
        }
        var counts = await PerItem.ForEachAsync(dbs, due, async (db, id, ct) =>
        {
            var licence = await db.Licences.SingleAsync(l => l.Id == id, ct);
            if (licence.Status is not (LicenceStatus.Granted or LicenceStatus.Suspended) || licence.ExpiresOn >= today) return false;
            licence.Expire(today);
            return true;
        }, ct);
        return counts.Result("licence expired", "licences expired");
    }
}
