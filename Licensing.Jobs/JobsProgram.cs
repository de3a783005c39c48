using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Register;
using Licensing.Jobs.Partners;
using Microsoft.AspNetCore.DataProtection;
using Licensing.Domain.Data;
using Licensing.Jobs.Notices;
using Licensing.Jobs.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Licensing.Jobs;

/// <summary>
/// <c>dotnet run --project Licensing.Jobs</c>: the job server on its own, against the same database as
/// the web app (by default ../Licensing.Web/App_Data; set ConnectionStrings:Licensing or Storage:Folder
/// otherwise). Run the web app with <c>Jobs:RunInWeb=false</c> beside it.
/// </summary>
public static class JobsProgram
{
    public static async Task<int> Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        var config = builder.Configuration;
        var root = builder.Environment.ContentRootPath;
        if (string.IsNullOrWhiteSpace(config.GetConnectionString("Licensing")) && config["Storage:Folder"] is { Length: > 0 } folder)
            config["ConnectionStrings:Licensing"] = $"Data Source={Path.Combine(Path.GetFullPath(folder, root), "licensing.db")}";

        builder.Services.AddLicensingDomain(config, root);
        builder.Services.AddSingleton<IActorSource, JobsActor>();
        builder.Services.AddNoticeDelivery(config);
        builder.Services.AddLicensingJobs(config, root, runServer: true);
        // What the jobs need that the web app's features otherwise register: the authority, the register's
        // settings, the partner client, and the web app's data-protection keys (to read partner API keys).
        builder.Services.AddOptions<AuthorityOptions>().Bind(config.GetSection(AuthorityOptions.Section));
        builder.Services.AddOptions<RegisterOptions>().Bind(config.GetSection(RegisterOptions.Section));
        builder.Services.AddPartnerSearch(config);
        builder.Services.AddDataProtection().SetApplicationName("Licensing").PersistKeysToDbContext<LicensingDbContext>();
        using var host = builder.Build();

        var settings = host.Services.GetRequiredService<DatabaseSettings>();
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await using var db = DesignTime.Create(settings, Actor.System("jobs start-up"));
            await DomainServices.MigrateAsync(db);
        }
        await host.RunAsync();
        return 0;
    }
}

/// <summary>In the job server nobody is signed in: changes are the system's, named after the job doing them.</summary>
internal sealed class JobsActor : IActorSource
{
    public Actor Current => SystemWork.Current ?? Actor.System("jobs");
}
