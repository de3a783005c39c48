namespace Licensing.Jobs.Scheduling;

/// <summary>The "Jobs" configuration section: where the server runs, how often it looks for work, and the schedules.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Host the job server inside the web app (the default); turn off when Licensing.Jobs runs on its own.</summary>
    public bool RunInWeb { get; set; } = true;
    public int Workers { get; set; } = 2;
    /// <summary>How often the server looks for queued and scheduled work; short in tests.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>Cron expressions by job name (Europe/London), overriding <see cref="JobCatalogue"/>'s defaults. "never" turns a job off.</summary>
    public Dictionary<string, string> Schedules { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Weeks before expiry at which the licensee is reminded.</summary>
    public int[] ExpiryReminderWeeks { get; set; } = [8, 4];
    /// <summary>DBS Update Service status checks: every this many months (Statutory Standards: 6).</summary>
    public int DbsCheckMonths { get; set; } = 6;
    /// <summary>A DBS check task this many days past due goes to the managers.</summary>
    public int DbsOverdueDays { get; set; } = 14;
    /// <summary>A safeguarding concern still awaiting triage at this hour (London) of its due day is escalated then, not the next morning.</summary>
    public int SafeguardingEscalationHour { get; set; } = 15;
    /// <summary>How long after a person's last licence ended their file is offered for an administrator's retention review.</summary>
    public int FormerLicenseeRetentionYears { get; set; } = 11;

    public string CronFor(JobDefinition job) => Schedules.TryGetValue(job.Name, out var cron) && !string.IsNullOrWhiteSpace(cron) ? cron.Trim() : job.DefaultCron;
}
