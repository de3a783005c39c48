using Licensing.Domain.Admin;
using Microsoft.AspNetCore.Authorization;

namespace Licensing.Web.Hosting;

/// <summary>
/// Managers and administrators must have signed in with a second factor (Identity adds the
/// <c>amr=mfa</c> claim) unless <c>Security:RequireTwoFactor</c> is off, as it is in Development.
/// </summary>
public sealed class TwoFactorRequirement : IAuthorizationRequirement;

public sealed class TwoFactorHandler(IConfiguration config) : AuthorizationHandler<TwoFactorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        var required = config.GetValue("Security:RequireTwoFactor", true);
        var user = context.User;
        var needsIt = Roles.RequireTwoFactor.Any(user.IsInRole);
        if (!required || !needsIt || user.HasClaim("amr", "mfa")) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
