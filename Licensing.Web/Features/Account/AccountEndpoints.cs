using System.Security.Claims;
using Licensing.Domain.Admin;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Licensing.Web.Features.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/sign-out", async (HttpContext http, IAntiforgery antiforgery, SignInManager<StaffUser> signIn) =>
        {
            await antiforgery.ValidateRequestAsync(http);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/sign-in");
        }).RequireAuthorization(Hosting.Policies.SignedIn).DisableAntiforgery();
    }
}

/// <summary>Puts the user's display name in their sign-in, for the header and the audit trail.</summary>
public sealed class StaffClaims(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim("display_name", string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        if (user.PartnerAuthorityCode is not null) identity.AddClaim(new Claim("partner_authority", user.PartnerAuthorityCode));
        return identity;
    }
}
