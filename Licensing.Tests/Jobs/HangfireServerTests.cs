using Hangfire;
using Hangfire.Storage;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Jobs;
using Licensing.Jobs;
using Licensing.Jobs.Licensees;
using Licensing.Jobs.Scheduling;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Licensing.Tests.Jobs;

public class HangfireServerTests
{
    [Fact]
    public async Task A_real_job_server_on_SQLite_storage_schedules_every_job_and_completes_an_enqueued_one()
    {
        using var database = new TestDatabase();
        var folder = Directory.CreateDirectory(Path.Combine(TestFolders.Root, $"hangfire-{Guid.NewGuid():N}")).FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test", ContentRootPath = folder, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Licensing"] = database.ConnectionString,
            ["Storage:Folder"] = folder,
            ["Jobs:PollInterval"] = "00:00:01",
        });
        builder.Services.AddSingleton<TimeProvider>(database.Clock);
        builder.Services.AddLicensingDomain(builder.Configuration, folder);
        builder.Services.AddSingleton<IActorSource, JobsActor>();
        builder.Services.AddLicensingJobs(builder.Configuration, folder, runServer: true);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            Assert.True(File.Exists(Path.Combine(folder, "hangfire.db")));
            using (var connection = host.Services.GetRequiredService<JobStorage>().GetConnection())
                Assert.Equal(JobCatalogue.All.Select(j => j.Name).Order(), connection.GetRecurringJobs().Select(j => j.Id).Order());

            host.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ExpireLicences>(j => j.RunAsync(CancellationToken.None));

            var factory = host.Services.GetRequiredService<IDbContextFactory<LicensingDbContext>>();
            JobRun? run = null;
            for (var waited = 0; waited < 60 && run?.Outcome is null or JobOutcome.Running; waited++)
            {
                await Task.Delay(500);
                await using var db = await factory.CreateDbContextAsync();
                run = await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.JobName == ExpireLicences.Name);
            }
            Assert.NotNull(run);
            Assert.Equal((JobOutcome.Succeeded, "0 licences expired"), (run.Outcome, run.Summary));
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
