using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Licensing.Jobs.Partners;

public static class PartnerServices
{
    /// <summary>
    /// The partner client: each attempt times out (Partners:AttemptTimeoutSeconds, default 3), failed
    /// or timed-out attempts are retried twice with back-off, and the whole call gives up after
    /// Partners:TotalTimeoutSeconds (default 10) so one slow partner cannot hold up the check.
    /// </summary>
    public static IServiceCollection AddPartnerSearch(this IServiceCollection services, IConfiguration config)
    {
        var attempt = TimeSpan.FromSeconds(config.GetValue("Partners:AttemptTimeoutSeconds", 3.0));
        var total = TimeSpan.FromSeconds(config.GetValue("Partners:TotalTimeoutSeconds", 10.0));
        services.AddHttpClient<PartnerRegisterClient>()
            .AddStandardResilienceHandler(o =>
            {
                o.AttemptTimeout.Timeout = attempt;
                o.TotalRequestTimeout.Timeout = total;
                o.CircuitBreaker.SamplingDuration = attempt * 2 > TimeSpan.FromSeconds(30) ? attempt * 2 : TimeSpan.FromSeconds(30);
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.Delay = TimeSpan.FromMilliseconds(200);
            })
            // One circuit per partner: a council whose service is down must not stop us asking the others.
            .SelectPipelineByAuthority();
        services.AddScoped<FederatedSearch>();
        return services;
    }
}
