using Hangfire;
using Licensing.Domain.Admin;
using Licensing.Domain.Cases;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Jobs;
using Licensing.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Jobs.Cases;

/// <summary>
/// When the time the licensee was given to make representations has passed with no reply, the case may
/// move on to findings (<see cref="ReviewCase.MayMakeFindings"/> opens by date, counted from the invitation's service) and the case officer is
/// told: a task on the team's list naming the officer. Keyed by case and deadline, so an extension
/// that later passes tells them again, and a re-run never does.
/// </summary>
[DisableConcurrentExecution(10 * 60)]
public sealed class RepresentationsDeadlines(IDbContextFactory<LicensingDbContext> dbs, JobRunLog log) : ILicensingJob
{
    public const string Name = "representations-deadlines";

    public Task RunAsync(CancellationToken ct) => log.RecordAsync(Name, TellOfficersAsync, ct);

    private async Task<JobResult> TellOfficersAsync(CancellationToken ct)
    {
        DateOnly today;
        List<Guid> passed;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            today = db.Today;
            passed = await db.ReviewCases
                .Where(c => c.Stage == CaseStage.RepresentationsInvited && c.RepresentationsReceivedOn == null && c.RepresentationsDueOn < today)
                .Select(c => c.Id).ToListAsync(ct);
        }
        var counts = await PerItem.ForEachAsync(dbs, passed, async (db, id, ct) =>
        {
            var reviewCase = await db.ReviewCases.SingleAsync(c => c.Id == id, ct);
            // Counted from the invitation's service; an invitation never served has no deadline to pass.
            var served = await ReviewNotices.InvitationServedOnAsync(db, id, ct);
            if (reviewCase.RepresentationsDeadline(served) is not { } due || reviewCase.RepresentationsReceivedOn is not null || !reviewCase.MayMakeFindings(today, served)) return false;
            var key = $"representations:{id}:{due:yyyy-MM-dd}";
            if (await db.TeamTasks.AnyAsync(t => t.Key == key, ct)) return false;
            db.TeamTasks.Add(TeamTask.Raise(key, TeamTaskKind.RepresentationsDeadline,
                $"Representations deadline passed: case {reviewCase.Reference} ({reviewCase.OfficerName})", Roles.LicensingOfficer, due.AddDays(1), db.UtcNow,
                reviewCase.PersonId, $"No representations were received by {LondonTime.Format(due)}. The case can move on to findings.", $"/cases/{id}"));
            return true;
        }, ct);
        return counts.Result("case officer told", "case officers told");
    }
}
