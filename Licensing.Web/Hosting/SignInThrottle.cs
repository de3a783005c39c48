using System.Threading.RateLimiting;

namespace Licensing.Web.Hosting;

/// <summary>
/// Slows password guessing across accounts: each client address may post to the sign-in pages only
/// <c>Security:SignInAttemptsPerMinute</c> times a minute (default 10). Lockout protects one account;
/// this protects them all from one source.
/// </summary>
public static class SignInThrottle
{
    public static IApplicationBuilder UseSignInThrottle(this WebApplication app)
    {
        var perMinute = app.Configuration.GetValue("Security:SignInAttemptsPerMinute", 10);
        var limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
        app.Lifetime.ApplicationStopped.Register(limiter.Dispose);
        return app.Use(async (http, next) =>
        {
            if (HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments("/sign-in"))
            {
                using var lease = limiter.AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                if (!lease.IsAcquired)
                {
                    http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                    http.Response.Headers.RetryAfter = "60";
                    http.Response.ContentType = "text/plain; charset=utf-8";
                    await http.Response.WriteAsync("Too many sign-in attempts from this address. Wait a minute, then try again.");
                    return;
                }
            }
            await next();
        });
    }
}
