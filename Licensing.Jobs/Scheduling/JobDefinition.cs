using Hangfire;

namespace Licensing.Jobs.Scheduling;

/// <summary>A recurring job as the jobs page and the scheduler know it.</summary>
public sealed class JobDefinition
{
    public const string Never = "never";

    private readonly Action<IRecurringJobManager, string, string, RecurringJobOptions> addOrUpdate;

    public string Name { get; }
    public string Title { get; }
    public string Description { get; }
    public string DefaultCron { get; }
    public Type JobType { get; }

    private JobDefinition(string name, string title, string description, string defaultCron, Type jobType,
        Action<IRecurringJobManager, string, string, RecurringJobOptions> addOrUpdate)
    {
        Name = name;
        Title = title;
        Description = description;
        DefaultCron = defaultCron;
        JobType = jobType;
        this.addOrUpdate = addOrUpdate;
    }

    public static JobDefinition For<T>(string name, string title, string description, string defaultCron) where T : ILicensingJob =>
        new(name, title, description, defaultCron, typeof(T),
            (jobs, id, cron, options) => jobs.AddOrUpdate<T>(id, j => j.RunAsync(CancellationToken.None), cron, options));

    /// <summary>Registers (or updates) the job under its name, its times read in Europe/London; "never" removes it.</summary>
    public void Schedule(IRecurringJobManager jobs, string cron)
    {
        if (string.Equals(cron, Never, StringComparison.OrdinalIgnoreCase)) jobs.RemoveIfExists(Name);
        else addOrUpdate(jobs, Name, cron, new RecurringJobOptions { TimeZone = Domain.Common.LondonTime.Zone });
    }
}
