using Hangfire;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Licensing.Domain.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Licensing.Jobs.Scheduling;

public static class JobsServices
{
    /// <summary>
    /// Hangfire with storage beside the licensing data (a SQLite file of its own, or the same SQL Server
    /// database), the job classes, and — when <paramref name="runServer"/> — the processing server and
    /// the recurring schedule. The web app passes <c>Jobs:RunInWeb</c>; Licensing.Jobs passes true.
    /// </summary>
    public static IServiceCollection AddLicensingJobs(this IServiceCollection services, IConfiguration config, string contentRoot, bool runServer)
    {
        services.AddOptions<JobsOptions>().Bind(config.GetSection(JobsOptions.Section))
            .Validate(o => o.Workers > 0 && o.PollInterval > TimeSpan.Zero, "Jobs:Workers and Jobs:PollInterval must be positive")
            .ValidateOnStart();
        var jobs = config.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var settings = DatabaseSettings.From(config, contentRoot);

        services.AddHangfire(c =>
        {
            c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (settings.Provider == DatabaseProvider.SqlServer)
                c.UseSqlServerStorage(settings.ConnectionString, new SqlServerStorageOptions { PrepareSchemaIfNecessary = true, QueuePollInterval = jobs.PollInterval });
            else
                c.UseSQLiteStorage(StoragePath(config, contentRoot, settings), new SQLiteStorageOptions { QueuePollInterval = jobs.PollInterval });
        });

        // The SQLite storage logs every clean-up pass at Information; keep the log for what matters.
        services.AddLogging(l => l.AddFilter("Hangfire.Storage.SQLite", LogLevel.Warning));
        services.AddScoped<JobRunLog>();
        foreach (var job in JobCatalogue.All) services.AddScoped(job.JobType);

        if (runServer)
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = jobs.Workers;
                o.SchedulePollingInterval = jobs.PollInterval;
                o.ServerName = $"{Environment.MachineName}:licensing:{Environment.ProcessId}";
            });
            services.AddHostedService<RecurringSchedule>();
        }
        return services;
    }

    /// <summary>
    /// The SQLite file Hangfire keeps its queue in: <c>Storage:Folder</c> if set, else beside the
    /// licensing database file, else App_Data. Its own file, so the scheduler's busy writes never hold
    /// the licensing database's lock.
    /// </summary>
    public static string StoragePath(IConfiguration config, string contentRoot, DatabaseSettings settings)
    {
        var folder = config["Storage:Folder"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource, contentRoot))
              ?? Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "hangfire.db");
    }
}

/// <summary>Registers every recurring job with its configured time when the job server starts.</summary>
internal sealed class RecurringSchedule(IRecurringJobManager manager, IOptions<JobsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        foreach (var job in JobCatalogue.All) job.Schedule(manager, options.Value.CronFor(job));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
