using System.Security.Claims;
using System.Text.Encodings.Web;
using Licensing.Domain.Data;
using Licensing.Domain.Partners;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Web.Features.Partners;

/// <summary>
/// Partner API sign-in by <c>X-Api-Key</c>: the key's SHA-256 is looked up; a revoked or unknown key
/// fails. The principal names the partner ("partner:E07000123"), so the audit trail shows who searched.
/// Challenges and refusals are RFC 9457 problem details, never a sign-in page.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    KnownApiKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public new const string Scheme = "PartnerApiKey";
    public const string Header = "X-Api-Key";
    public const string ScopeClaim = "scope";
    public const string PartnerCodeClaim = "partner_code";
    public const string PartnerNameClaim = "partner_name";
    public const string KeyIdClaim = "api_key_id";
    public const string PermitClaim = "api_key_permit";

    private const string FailureKey = "partner-api-failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
            return Fail("Send your API key in the X-Api-Key header.");
        var presented = values.ToString().Trim();
        if (presented.Length > 200) return Fail("The API key is not recognised.");
        var hash = ApiKey.Hash(presented);
        var found = await keys.FindAsync(hash, Context.RequestServices, Context.RequestAborted);
        if (found is null) return Fail("The API key is not recognised.");
        if (found.RevokedAt is not null) return Fail("The API key has been revoked. Ask the authority for a new one.");

        var actor = $"partner:{found.PartnerCode}";
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, actor),
            new(ClaimTypes.Name, actor),
            new("display_name", actor),
            new(PartnerCodeClaim, found.PartnerCode),
            new(PartnerNameClaim, found.PartnerName),
            new(KeyIdClaim, found.Id.ToString()),
            new(PermitClaim, found.PermitPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        claims.AddRange(found.Scopes.Select(s => new Claim(ScopeClaim, s)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme)), Scheme));
    }

    private AuthenticateResult Fail(string why)
    {
        Context.Items[FailureKey] = why;
        return AuthenticateResult.Fail(why);
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        PartnerProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Not authenticated",
            Context.Items[FailureKey] as string ?? "Send your API key in the X-Api-Key header.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        PartnerProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Not allowed",
            "Your API key does not have the scope this request needs. Ask the authority to add it.");

    /// <summary>One policy per scope; each authenticates only with an API key.</summary>
    public static void AddPolicies(AuthorizationOptions o)
    {
        foreach (var scope in ApiScopes.All)
            o.AddPolicy(PolicyFor(scope), p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireClaim(ScopeClaim, scope));
    }

    public static string PolicyFor(string scope) => "partner-api:" + scope;
}
