using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Web.Components;
using Licensing.Web.Features;
using Licensing.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Licensing.Web.Hosting;

public static class WebServices
{
    public static WebApplicationBuilder AddLicensingWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        services.AddLicensingDomain(config, builder.Environment.ContentRootPath);
        services.AddOptions<AuthorityOptions>().Bind(config.GetSection(AuthorityOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddScoped<IActorSource, SignedInActor>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(c =>
            {
                c.LoginPath = "/sign-in";
                c.LogoutPath = "/sign-out";
                c.AccessDeniedPath = "/access-denied";
                c.Cookie.Name = "licensing.auth";
                c.Cookie.HttpOnly = true;
                c.Cookie.SameSite = SameSiteMode.Strict;
                c.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                c.ExpireTimeSpan = TimeSpan.FromHours(8);
                c.SlidingExpiration = true;
            }));
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.SignIn.RequireConfirmedAccount = false;
                // NCSC password guidance: length over complexity, no composition rules, lockout against guessing.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LicensingDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<Features.Account.StaffClaims>()
            .AddDefaultTokenProviders();
        services.AddAuthorization(Policies.Add);
        services.AddSingleton<IAuthorizationHandler, TwoFactorHandler>();
        services.AddDataProtection().SetApplicationName("Licensing").PersistKeysToDbContext<LicensingDbContext>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddProblemDetails();
        builder.AddFeatures();
        return builder;
    }

    public static WebApplication UseLicensingWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseSignInThrottle();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health", new() { ResponseWriter = DatabaseHealthCheck.WriteAsync }).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapFeatures();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
