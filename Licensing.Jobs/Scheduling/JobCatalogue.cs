using Licensing.Jobs.Admin;
using Licensing.Jobs.Applications;
using Licensing.Jobs.Cases;
using Licensing.Jobs.Concerns;
using Licensing.Jobs.Register;
using Licensing.Jobs.Licensees;
using Licensing.Jobs.Notices;

namespace Licensing.Jobs.Scheduling;

/// <summary>
/// Every recurring job, its default time (cron, Europe/London; override under Jobs:Schedules) and what
/// it does in the team's words. Date-driven jobs run at 00:30: that time exists exactly once on both
/// summer-time change days, and each job works out "today" from the clock in London time anyway.
/// </summary>
public static class JobCatalogue
{
    public static readonly IReadOnlyList<JobDefinition> All =
    [
        JobDefinition.For<ExpireLicences>(ExpireLicences.Name, "Licences expire",
            "Marks licences expired the day after their expiry date.", "30 0 * * *"),
        JobDefinition.For<DecisionsTakeEffect>(DecisionsTakeEffect.Name, "Decisions take effect",
            "Suspensions and revocations take effect at the end of the appeal period (or when an appeal is decided); suspensions end on their date.", "35 0 * * *"),
        JobDefinition.For<SendExpiryReminders>(SendExpiryReminders.Name, "Licence expiry reminders",
            "Writes to licensees whose licence expires within 8 and 4 weeks.", "0 6 * * *"),
        JobDefinition.For<DbsUpdateChecksDue>(DbsUpdateChecksDue.Name, "DBS Update Service checks",
            "Raises a task for each driver whose six-monthly DBS Update Service check is due, and escalates overdue ones to managers.", "15 6 * * *"),
        JobDefinition.For<SendNotices>(SendNotices.Name, "Send notices by email",
            "Sends queued emails (notices to licensees who agreed to email service) with retries; failures go to the post queue, uncertain sends are held for an officer.", "* * * * *"),
        JobDefinition.For<ConcernTriageDeadlines>(ConcernTriageDeadlines.Name, "Concern triage deadlines",
            "Escalates to managers any concern not triaged in time: safeguarding concerns on the day they arrive, others after five working days.", "0 * * * *"),
        JobDefinition.For<RepresentationsDeadlines>(RepresentationsDeadlines.Name, "Representations deadlines",
            "Tells the case officer when the time for representations has passed without a reply, so the case can move on to findings.", "40 0 * * *"),
        JobDefinition.For<ReturnsOverdue>(ReturnsOverdue.Name, "Badges and plates not returned",
            "Raises a task for the officers when a badge, plates or licence is still not recorded as returned a week after a suspension or revocation took effect.", "45 0 * * *"),
        JobDefinition.For<BankHolidaysRunningOut>(BankHolidaysRunningOut.Name, "Bank holidays running out",
            "Reminds the administrators to import GOV.UK's bank holidays when fewer than 90 days ahead are known, so deemed service dates stay right.", "50 0 * * 1"),
        JobDefinition.For<NightlyRescreening>(NightlyRescreening.Name, "Nightly re-screening",
            "Searches every current licensee against this register and every partner's; a new hit opens a concern for triage.", "0 2 * * *"),
        JobDefinition.For<RetentionReview>(RetentionReview.Name, "Retention review",
            "Lists register entries and former licensees' files past their retention period for an administrator's review. Deletes nothing.", "0 3 * * 0"),
    ];

    public static JobDefinition? Find(string name) => All.FirstOrDefault(j => string.Equals(j.Name, name, StringComparison.OrdinalIgnoreCase));
}
