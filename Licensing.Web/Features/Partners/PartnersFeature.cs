using System.Security.Claims;
using System.Threading.RateLimiting;
using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Domain.Partners;
using Licensing.Jobs.Partners;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;

namespace Licensing.Web.Features.Partners;

/// <summary>What the partners feature adds to the app: the partner API, its keys, federated search and the admin pages.</summary>
public static class PartnersFeature
{
    /// <summary>The Development demo partner's key (README); it exists only in a Development database.</summary>
    public const string DemoApiKey = "demo-partner-key-2026";
    public const string DemoPartnerCode = "E07000999";
    public const string DemoPartnerName = "Northam Borough Council (demo partner)";

    public static readonly NavigationItems.Item[] Navigation =
    [
        new("Partners", "/partners", Roles.Administrator),
    ];

    public static readonly HomeCards.Card[] Cards =
    [
        new("Partner authorities", "/partners", "Neighbouring councils: their API keys, and the registers we search.", Roles.Administrator),
    ];

    public static void AddPartners(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<KnownApiKeys>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, PartnerJsonContext.Default));
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.Scheme, null);
        services.AddAuthorization(ApiKeyAuthentication.AddPolicies);
        services.AddRateLimiter(o =>
        {
            // Per key, at the rate the administrator set for it.
            o.AddPolicy(PartnerApi.RateLimitPolicy, context =>
            {
                var key = context.User.FindFirstValue(ApiKeyAuthentication.KeyIdClaim);
                if (key is null) return RateLimitPartition.GetNoLimiter("no key");
                var permit = int.Parse(context.User.FindFirstValue(ApiKeyAuthentication.PermitClaim)!, System.Globalization.CultureInfo.InvariantCulture);
                return RateLimitPartition.GetFixedWindowLimiter($"{key}:{permit}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permit,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(PartnerProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    "This API key has used its requests for this minute. Try again after the time in Retry-After."));
            };
        });
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Taxi and private hire licensing: partner API";
                document.Info.Description = "For neighbouring licensing authorities: search the register of refusals, suspensions and revocations, refer concerns under the Taxis and Private Hire Vehicles (Safeguarding and Road Safety) Act 2022, and ask for the details behind a hit. Send your key in the X-Api-Key header.";
                return Task.CompletedTask;
            });
        });
        services.AddPartnerSearch(builder.Configuration);
    }

    public static void MapPartners(this WebApplication app)
    {
        // After authorization, so the limiter sees which key is calling.
        app.UseRateLimiter();
        app.MapPartnerApi();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Partner API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
    }

    public static async Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db)
    {
        if (db.PartnerAuthorities.Any(p => p.Code == DemoPartnerCode)) return;
        var partner = PartnerAuthority.Create(DemoPartnerName, DemoPartnerCode, "licensing@northam.example");
        db.PartnerAuthorities.Add(partner);
        db.ApiKeys.Add(ApiKey.WithKnownValue(partner, "Demo key (Development only)", DemoApiKey, ApiScopes.All, ApiKey.DefaultPermitPerMinute, "demo data", db.UtcNow));
        await db.SaveChangesAsync();

        // One referral from the demo partner about one of our drivers, arrived as the API would bring it, awaiting triage.
        var driver = await db.People.OrderBy(p => p.SearchSurname).ThenBy(p => p.DateOfBirth).Skip(40).FirstAsync();
        using (SystemWork.As(new Actor($"partner:{DemoPartnerCode}", $"partner:{DemoPartnerCode}")))
        {
            await IncomingReferrals.ReceiveAsync(db, new PartnerReferralDetails(driver.Surname, driver.Forenames, driver.DateOfBirth, driver.DrivingLicenceNumber, null, null,
                    "Working for an operator in our area, the driver was reported by a passenger for refusing to carry her guide dog and then driving off with her luggage still in the boot. We have suspended the driver's licence with us for 4 weeks.",
                    db.Today.AddDays(-12), "NB-REF-2026-031", "licensing@northam.example"),
                ConcernCategory.Discrimination, DemoPartnerCode, DemoPartnerName);
            await db.SaveChangesAsync();
        }
    }
}
