namespace Licensing.Web.Hosting;

/// <summary>
/// Headers on every response: a content security policy allowing only this app's own assets, no
/// framing, no MIME sniffing, a strict referrer policy. The API documentation and the Hangfire
/// dashboard ship inline scripts, so those two paths alone get a looser script policy.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ToolPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var h = http.Response.Headers;
            var path = http.Request.Path;
            h.ContentSecurityPolicy = path.StartsWithSegments("/api/docs") || path.StartsWithSegments("/hangfire") ? ToolPolicy : Policy;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!path.StartsWithSegments("/lib") && !path.StartsWithSegments("/assets") && !path.StartsWithSegments("/_framework"))
                h.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        await next();
    });
}
