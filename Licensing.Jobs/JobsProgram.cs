using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Register;
using Licensing.Jobs.Partners;
using Microsoft.AspNetCore.DataProtection;
using Licensing.Domain.Data;
using Licensing.Jobs.Notices;
using Licensing.Jobs.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
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
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = ContentRoot() });
        var config = builder.Configuration;
        var root = builder.Environment.ContentRootPath;
        // The web app's settings (authority, mail, database) underneath, so both processes agree unless
        // Licensing.Jobs/appsettings.json or the environment says otherwise.
        var shared = new JsonConfigurationSource { Path = Path.GetFullPath(Path.Combine(root, "..", "Licensing.Web", "appsettings.json")), Optional = true };
        shared.ResolveFileProvider();
        config.Sources.Insert(0, shared);
        if (string.IsNullOrWhiteSpace(config.GetConnectionString("Licensing")) && config["Storage:Folder"] is { Length: > 0 } folder)
            config["ConnectionStrings:Licensing"] = $"Data Source={Path.Combine(Directory.CreateDirectory(Path.GetFullPath(folder, root)).FullName, "licensing.db")}";

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

    /// <summary>
    /// Where appsettings.json is: the current folder, or Licensing.Jobs below it (`dotnet run --project
    /// Licensing.Jobs` from the repository keeps the current folder), else beside the program.
    /// </summary>
    private static string ContentRoot()
    {
        var here = Directory.GetCurrentDirectory();
        foreach (var candidate in new[] { here, Path.Combine(here, "Licensing.Jobs") })
            if (File.Exists(Path.Combine(candidate, "appsettings.json"))) return candidate;
        return AppContext.BaseDirectory;
    }
}

/// <summary>In the job server nobody is signed in: changes are the system's, named after the job doing them.</summary>
internal sealed class JobsActor : IActorSource
{
    public Actor Current => SystemWork.Current ?? Actor.System("jobs");
}
