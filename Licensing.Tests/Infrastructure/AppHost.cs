using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Licensing.Tests.Infrastructure;

/// <summary>
/// The real app on a loopback port with its own SQLite file, in Development (so the demo users and
/// licensees are seeded), for HTTP and browser tests. Extra settings let a test change configuration.
/// </summary>
public class AppHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    public string DatabasePath { get; }
    public string DataFolder { get; }
    public CapturedLogs Logs { get; } = new();

    public AppHost(Dictionary<string, string?>? extra = null)
    {
        DataFolder = Path.Combine(TestFolders.Root, $"app-{Guid.NewGuid():N}");
        Directory.CreateDirectory(DataFolder);
        DatabasePath = Path.Combine(DataFolder, "licensing.db");
        settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Licensing"] = $"Data Source={DatabasePath}",
            ["Storage:Folder"] = DataFolder,
            // Every browser test signs in from 127.0.0.1; the throttle itself is tested with a low limit.
            ["Security:SignInAttemptsPerMinute"] = "10000",
        };
        foreach (var (k, v) in extra ?? []) settings[k] = v;
        UseKestrel(0);
    }

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");

    public AppHost Start()
    {
        StartServer();
        return this;
    }

    /// <summary>Stopping waits for the background job server; a slow stop is not a test failure.</summary>
    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        catch (OperationCanceledException)
        {
            // The host gave up waiting for Hangfire's workers to finish; the process ends them.
        }
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
    }
}
