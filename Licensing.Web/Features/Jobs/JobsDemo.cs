using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Domain.Jobs;
using Licensing.Domain.Licensees;
using Licensing.Jobs.Admin;
using Licensing.Jobs.Applications;
using Licensing.Jobs.Cases;
using Licensing.Jobs.Concerns;
using Licensing.Jobs.Register;
using Licensing.Jobs.Licensees;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Jobs;

/// <summary>Development only: a few nights of job history and some open tasks, so the jobs and tasks pages are alive.</summary>
internal static class JobsDemo
{
    public static async Task SeedAsync(LicensingDbContext db)
    {
        if (await db.JobRuns.AnyAsync()) return;
        var now = db.UtcNow;
        var today = db.Today;
        for (var daysAgo = 3; daysAgo >= 1; daysAgo--)
        {
            var night = Domain.Common.LondonTime.StartOfDayUtc(today.AddDays(-daysAgo + 1)).AddMinutes(30);
            Run(db, ExpireLicences.Name, night, new JobResult(daysAgo == 2 ? 1 : 0, 0, $"{(daysAgo == 2 ? 1 : 0)} licences expired"));
            Run(db, DecisionsTakeEffect.Name, night.AddMinutes(5), new JobResult(0, 0, "0 decisions took effect; 0 suspensions ended"));
            Run(db, SendExpiryReminders.Name, night.AddHours(5.5), daysAgo == 1
                ? new JobResult(12, 1, "12 reminders sent, 1 failed; first failure: the licence holder has no address to write to")
                : new JobResult(4, 0, "4 reminders sent"));
            Run(db, DbsUpdateChecksDue.Name, night.AddHours(5.75), new JobResult(2, 0, "2 DBS check tasks raised; 0 overdue checks escalated; 0 tasks closed by a recorded check"));
            Run(db, RepresentationsDeadlines.Name, night.AddMinutes(10), new JobResult(daysAgo == 3 ? 1 : 0, 0, $"{(daysAgo == 3 ? "1 case officer" : "0 case officers")} told"));
            Run(db, NightlyRescreening.Name, night.AddHours(1.5), new JobResult(0, 0, "0 new hits opened concerns; 312 licensees searched"));
            Run(db, ConcernTriageDeadlines.Name, night.AddHours(8.5), new JobResult(0, 0, "0 late triages escalated; 0 escalations closed after triage"));
        }
        Run(db, RetentionReview.Name, Domain.Common.LondonTime.StartOfDayUtc(today.AddDays(-5)).AddHours(3), new JobResult(1, 0, "1 record listed for retention review"));

        var drivers = await db.DriverLicences.Where(l => l.Status == LicenceStatus.Granted && l.HolderId != null)
            .OrderBy(l => l.Number).Take(3)
            .Select(l => new { Person = l.HolderId!.Value, Name = db.People.Where(p => p.Id == l.HolderId).Select(p => p.Forenames + " " + p.Surname).First() })
            .ToListAsync();
        for (var i = 0; i < drivers.Count; i++)
        {
            var due = today.AddDays(i == 0 ? -20 : -i);
            var task = TeamTask.Raise($"dbs-update:{drivers[i].Person}:{due:yyyy-MM-dd}", TeamTaskKind.DbsUpdateCheck, $"DBS Update Service check due for {drivers[i].Name}",
                Roles.LicensingOfficer, due, now.AddDays(-20 + i), drivers[i].Person,
                "Check the enhanced DBS certificate's status on the Update Service (due every 6 months) and record the result.", $"/licensees/{drivers[i].Person}");
            if (i == 0) task.Escalate(now.AddDays(-6), "Not done 14 days after it fell due");
            db.TeamTasks.Add(task);
        }
        await db.SaveChangesAsync();
    }

    private static void Run(LicensingDbContext db, string job, DateTime startedAt, JobResult result)
    {
        var run = JobRun.Start(job, startedAt);
        run.Finish(startedAt.AddSeconds(4), result);
        db.JobRuns.Add(run);
    }
}
