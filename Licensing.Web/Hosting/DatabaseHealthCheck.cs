using System.Text.Json;
using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Licensing.Web.Hosting;

public sealed class DatabaseHealthCheck(IDbContextFactory<LicensingDbContext> factory, DatabaseSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            if (!await db.Database.CanConnectAsync(ct)) return HealthCheckResult.Unhealthy($"{settings.Provider}: cannot connect");
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy($"{settings.Provider}: connected, migrations up to date")
                : HealthCheckResult.Unhealthy($"{settings.Provider}: {pending} migration(s) not applied");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy($"{settings.Provider}: {e.GetType().Name}");
        }
    }

    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        }));
    }
}
