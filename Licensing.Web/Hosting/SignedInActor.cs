using System.Security.Claims;
using Licensing.Domain.Audit;
using Microsoft.AspNetCore.Components.Authorization;

namespace Licensing.Web.Hosting;

/// <summary>
/// The person behind a change: in an interactive circuit the circuit's user, in a plain request
/// (sign-in, API) the request's user. Nobody signed in is an error, not an anonymous change.
/// </summary>
public sealed class SignedInActor(IServiceProvider services, IHttpContextAccessor http) : IActorSource
{
    public Actor Current => SystemWork.Current ?? From(PlainRequestUser() ?? CircuitUser() ?? http.HttpContext?.User)
        ?? throw new InvalidOperationException("A change was attempted with nobody signed in");

    // A request that is not a circuit's own traffic (the circuit's connection lives under /_blazor) has no
    // circuit to ask: its user is the request's (an API key's partner, a signed-in page post). Asking for
    // the circuit's state there throws, which cost every API request an exception.
    private ClaimsPrincipal? PlainRequestUser() =>
        http.HttpContext is { } context && !context.Request.Path.StartsWithSegments("/_blazor") && context.User.Identity?.IsAuthenticated == true
            ? context.User
            : null;

    private ClaimsPrincipal? CircuitUser()
    {
        var provider = services.GetService<AuthenticationStateProvider>();
        try
        {
            var task = provider?.GetAuthenticationStateAsync();
            return task is { IsCompletedSuccessfully: true } ? task.Result.User : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static Actor? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return null;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity.Name ?? "unknown";
        var name = user.FindFirstValue("display_name") ?? user.Identity.Name ?? id;
        return new Actor(id, name);
    }
}
