using Licensing.Domain.Register;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Licensing.Web.Features.Register;

/// <summary>Degraded (still answering, from the database) until the register's in-memory index has loaded.</summary>
public sealed class RegisterIndexHealthCheck(RegisterIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(index.IsLoaded
            ? HealthCheckResult.Healthy($"{index.Count} entries in memory")
            : HealthCheckResult.Degraded("loading: searches read the database meanwhile"));
}
