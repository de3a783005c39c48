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
public class AuthorisationMatrixTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string O = Roles.LicensingOfficer, M = Roles.LicensingManager, C = Roles.CommitteeMember, A = Roles.Administrator, P = Roles.PartnerSearcher;
    private const string Anonymous = "anonymous";
    // Partner API keys, one per scope (DESIGN.md): they carry no role, only the scope.
    private const string KeySearch = "key:register:search", KeyRefer = "key:concerns:refer", KeyDetails = "key:register:details";
    private static readonly string[] Keys = [KeySearch, KeyRefer, KeyDetails];
    private static readonly string[] Everyone = [O, M, C, A, P];
    private static readonly string[] Team = [O, M];

    /// <summary>Route pattern → who may open it. Anonymous means no sign-in needed.</summary>
    public static readonly Dictionary<string, string[]> Table = new()
    {
        ["/sign-in"] = [Anonymous, .. Everyone, .. Keys],
        ["/sign-in/two-factor"] = [Anonymous, .. Everyone, .. Keys],
        ["/not-found"] = [Anonymous, .. Everyone, .. Keys],
        ["/error"] = [Anonymous, .. Everyone, .. Keys],
        ["/health"] = [Anonymous, .. Everyone, .. Keys],
        ["/sign-out"] = Everyone,
        ["/"] = Everyone,
        ["/access-denied"] = Everyone,
        ["/account/two-factor"] = Everyone,
        ["/admin/audit"] = [A],
        ["/admin/users"] = [A],
        ["/concerns"] = Team,
        ["/concerns/new"] = Team,
        ["/concerns/{Id:guid}"] = Team,
        ["/concerns/{concernId:guid}/attachments/{attachmentId:guid}"] = Team,
        ["/cases"] = Team,
        ["/cases/{Id:guid}"] = Team,
        ["/hearings"] = [C, M],
        ["/hearings/{Id:guid}"] = [C, M],
        ["/admin/jobs"] = [A, M],
        ["/notices"] = Team,
        ["/notices/{Id:guid}"] = Team,
        ["/notices/{id:guid}/pdf"] = Team,
        ["/notices/outbox"] = Team,
        ["/notices/post-queue"] = Team,
        ["/admin/bank-holidays"] = [A],
        ["/admin/notice-templates"] = [A],
        ["/admin/notice-templates/{Kind}"] = [A],
        ["/register"] = Team,
        ["/register/search"] = [O, M, P],
        ["/register/entries/{Id:guid}"] = Team,
        ["/register/details-requests"] = Team,
        ["/register/import"] = [A],
        ["/partners"] = [A],
        ["/partners/{Id:guid}"] = [A],
        ["/partners/referrals"] = Team,
        ["/tasks"] = Team,
        ["/expiring-licences"] = Team,
        ["/licensees"] = Team,
        ["/licensees/new"] = Team,
        ["/licensees/{Id:guid}"] = Team,
        ["/licensees/{Id:guid}/edit"] = Team,
        ["/licensees/{Id:guid}/licences/new"] = Team,
        ["/licences/{Id:guid}"] = Team,
        ["/licences/returns"] = Team,
        ["/applications"] = Team,
        ["/applications/new"] = Team,
        ["/applications/{Id:guid}"] = Team,
        ["/applications/{Id:guid}/assess"] = Team,
        ["/applications/{Id:guid}/decide"] = [M],
        ["/policy"] = Team,
        ["/policy/edit"] = [A],
        ["/openapi/{documentName}.json"] = [Anonymous, .. Everyone, .. Keys],
        ["/api/docs/{documentName?}"] = [Anonymous, .. Everyone, .. Keys],
        ["/api/v1/register/searches"] = [KeySearch],
        ["/api/v1/concerns"] = [KeyRefer],
        ["/api/v1/concerns/{id:guid}"] = [KeyRefer],
        ["/api/v1/register/{reference}/details-requests"] = [KeyDetails],
        ["/api/v1/details-requests/{id:guid}"] = [KeyDetails],
    };

    private static readonly string[] Ignored = ["/_blazor", "/_framework", "/Error"];

    [Fact]
    public async Task Every_route_admits_exactly_the_roles_in_the_table()
    {
        var services = Fixture.App.Services;
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
            foreach (var who in new[] { Anonymous }.Concat(Everyone).Concat(Keys))
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
        var scheme = who.StartsWith("key:") ? Licensing.Web.Features.Partners.ApiKeyAuthentication.Scheme : "Identity.Application";
        // A policy names the schemes it accepts; a principal from another scheme is not even presented to it.
        if (policy.AuthenticationSchemes.Count > 0 && !policy.AuthenticationSchemes.Contains(scheme)) return false;
        if (policy.AuthenticationSchemes.Count == 0 && scheme != "Identity.Application") return false;
        if (who.StartsWith("key:"))
            http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "partner:E07000999"), new Claim(Licensing.Web.Features.Partners.ApiKeyAuthentication.ScopeClaim, who[4..])], scheme));
        else if (who != Anonymous)
            http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, who), new Claim(ClaimTypes.Role, who), new Claim("amr", "mfa")], scheme));
        var authentication = who == Anonymous
            ? Microsoft.AspNetCore.Authentication.AuthenticateResult.NoResult()
            : Microsoft.AspNetCore.Authentication.AuthenticateResult.Success(new Microsoft.AspNetCore.Authentication.AuthenticationTicket(http.User, scheme));
        var result = await evaluator.AuthorizeAsync(policy, authentication, http, resource: null);
        return result.Succeeded;
    }

    [Theory]
    [InlineData("committee@demo.example", "/admin/audit", false)]
    [InlineData("admin@demo.example", "/admin/audit", true)]
    public async Task The_middleware_enforces_the_table_over_real_HTTP(string email, string path, bool allowed)
    {
        var page = await Fixture.SignInAsync(email);
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        if (allowed) Assert.DoesNotContain("/access-denied", page.Url);
        else Assert.Contains("/access-denied", page.Url);
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
