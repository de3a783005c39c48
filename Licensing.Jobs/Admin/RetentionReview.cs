using Hangfire;
using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Domain.Jobs;
using Licensing.Domain.Licensees;
using Licensing.Domain.Register;
using Licensing.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Jobs.Admin;

/// <summary>
/// Lists records past their retention period for an administrator to review: nothing is ever deleted
/// unseen, or by this job at all. A former licensee's file is due for review when every licence they
/// held ended more than the retention period ago (11 years by default, matching the 2022 Act's period
/// for the register and the information behind it). One task per record, keyed so it is raised once.
/// </summary>
[DisableConcurrentExecution(10 * 60)]
public sealed class RetentionReview(IDbContextFactory<LicensingDbContext> dbs, JobRunLog log, IOptions<JobsOptions> options, IOptions<RegisterOptions> register) : ILicensingJob
{
    public const string Name = "retention-review";

    public Task RunAsync(CancellationToken ct) => log.RecordAsync(Name, ListAsync, ct);

    private async Task<JobResult> ListAsync(CancellationToken ct)
    {
        var years = options.Value.FormerLicenseeRetentionYears;
        DateOnly today;
        List<Guid> people, entries;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            today = db.Today;
            // The register feature flags its own entries (11 years from the decision); each flagged one gets a task.
            await RegisterRetention.FlagDueAsync(db, register.Value.RetentionYears, ct);
            entries = await db.RegisterEntries.Where(e => e.RetentionReviewDueSince != null).Select(e => e.Id).ToListAsync(ct);
            var cutoff = today.AddYears(-years);
            var stillLicensed = db.Licences.Where(l => l.Status == LicenceStatus.Granted || l.Status == LicenceStatus.Suspended).Select(l => l.HolderId);
            people = await db.Licences.Where(l => l.HolderId != null && !stillLicensed.Contains(l.HolderId))
                .GroupBy(l => l.HolderId!.Value)
                .Where(g => g.Max(l => l.StatusSince) < cutoff)
                .Select(g => g.Key).ToListAsync(ct);
        }
        var counts = await PerItem.ForEachAsync(dbs, people, async (db, person, ct) =>
        {
            var key = $"retention:person:{person}";
            if (await db.TeamTasks.AnyAsync(t => t.Key == key, ct)) return false;
            var name = await db.People.Where(p => p.Id == person).Select(p => p.Forenames + " " + p.Surname).SingleAsync(ct);
            db.TeamTasks.Add(TeamTask.Raise(key, TeamTaskKind.RetentionReview, $"Retention review: {name}'s file", Roles.Administrator, today, db.UtcNow, person,
                $"Every licence held ended more than {years} years ago. Review whether the file is still needed; nothing is deleted without this review.",
                $"/licensees/{person}"));
            return true;
        }, ct);
        var registerCounts = await PerItem.ForEachAsync(dbs, entries, async (db, id, ct) =>
        {
            var key = $"retention:register:{id}";
            if (await db.TeamTasks.AnyAsync(t => t.Key == key, ct)) return false;
            var entry = await db.RegisterEntries.SingleAsync(e => e.Id == id, ct);
            db.TeamTasks.Add(TeamTask.Raise(key, TeamTaskKind.RetentionReview, $"Retention review: register entry {entry.Reference} ({entry.FullName})", Roles.Administrator,
                entry.RetentionReviewDueSince ?? today, db.UtcNow, entry.PersonId,
                $"The decision of {Domain.Common.LondonTime.Format(entry.DecisionDate)} is more than {register.Value.RetentionYears} years old. Review the entry; nothing is deleted without this review.",
                $"/register/entries/{id}"));
            return true;
        }, ct);
        return counts.And(registerCounts).Result("record listed for retention review", "records listed for retention review");
    }
}
