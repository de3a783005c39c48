using System.Security.Claims;
using Licensing.Domain.Admin;
using Licensing.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Tests.Security;

/// <summary>
/// Every route the running app serves, checked for every role against one table. A new page or
/// endpoint without a row here fails the test, so nobody ships a page without deciding who sees it.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AuthorisationMatrixTests(BrowserFixture fixture)
{
    private const string O = Roles.LicensingOfficer, M = Roles.LicensingManager, C = Roles.CommitteeMember, A = Roles.Administrator, P = Roles.PartnerSearcher;
    private const string Anonymous = "anonymous";
    private static readonly string[] Everyone = [O, M, C, A, P];
    private static readonly string[] Team = [O, M];

    /// <summary>Route pattern → who may open it. Anonymous means no sign-in needed.</summary>
    public static readonly Dictionary<string, string[]> Table = new()
    {
        ["/sign-in"] = [Anonymous, .. Everyone],
        ["/sign-in/two-factor"] = [Anonymous, .. Everyone],
        ["/not-found"] = [Anonymous, .. Everyone],
        ["/error"] = [Anonymous, .. Everyone],
        ["/health"] = [Anonymous, .. Everyone],
        ["/sign-out"] = Everyone,
        ["/"] = Everyone,
        ["/access-denied"] = Everyone,
        ["/account/two-factor"] = Everyone,
        ["/admin/audit"] = [A],
    };

    private static readonly string[] Ignored = ["/_blazor", "/_framework", "/Error"];

    [Fact]
    public async Task Every_route_admits_exactly_the_roles_in_the_table()
    {
        var services = fixture.App.Services;
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !Ignored.Any(i => ("/" + raw.TrimStart('/')).StartsWith(i, StringComparison.OrdinalIgnoreCase)))
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is not null || e.Metadata.GetMetadata<HttpMethodMetadata>() is not null || e.DisplayName?.Contains("Health") == true)
            .ToList();
        Assert.NotEmpty(endpoints);

        var problems = new List<string>();
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var evaluator = services.GetRequiredService<IPolicyEvaluator>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            // Static files (CSS, scripts, images) are public by design.
            if (route.Split('/')[^1].Contains('.') || route.Contains("{**")) continue;
            if (!Table.TryGetValue(route, out var allowed))
            {
                problems.Add($"{route}: no row in the authorisation table");
                continue;
            }
            var anonymousAllowed = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policy = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>())
                         ?? await policies.GetFallbackPolicyAsync();
            foreach (var who in new[] { Anonymous }.Concat(Everyone))
            {
                var admitted = anonymousAllowed || (policy is not null && await AdmitsAsync(services, evaluator, policy, who));
                if (admitted != allowed.Contains(who))
                    problems.Add($"{route}: {who} is {(admitted ? "admitted" : "refused")} but the table says {(allowed.Contains(who) ? "admit" : "refuse")}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<bool> AdmitsAsync(IServiceProvider services, IPolicyEvaluator evaluator, AuthorizationPolicy policy, string who)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        if (who != Anonymous)
            http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, who), new Claim(ClaimTypes.Role, who), new Claim("amr", "mfa")], "Identity.Application"));
        var authentication = Microsoft.AspNetCore.Authentication.AuthenticateResult.Success(new Microsoft.AspNetCore.Authentication.AuthenticationTicket(http.User, "Identity.Application"));
        if (who == Anonymous) authentication = Microsoft.AspNetCore.Authentication.AuthenticateResult.NoResult();
        var result = await evaluator.AuthorizeAsync(policy, authentication, http, resource: null);
        return result.Succeeded;
    }

    [Theory]
    [InlineData("committee@demo.example", "/admin/audit", false)]
    [InlineData("admin@demo.example", "/admin/audit", true)]
    public async Task The_middleware_enforces_the_table_over_real_HTTP(string email, string path, bool allowed)
    {
        var page = await fixture.SignInAsync(email);
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        if (allowed) Assert.DoesNotContain("/access-denied", page.Url);
        else Assert.Contains("/access-denied", page.Url);
    }
}
