using Hangfire;
using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Jobs.Scheduling;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;
using Licensing.Web.Hosting;

namespace Licensing.Web.Features.Jobs;

/// <summary>What the jobs feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class JobsFeature
{
    public static readonly NavigationItems.Item[] Navigation =
    [
        new("Tasks", "/tasks", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Jobs", "/admin/jobs", Roles.LicensingManager, Roles.Administrator),
    ];

    public static readonly HomeCards.Card[] Cards =
    [
        new("Tasks", "/tasks", "DBS Update Service checks due, overdue work and escalations.", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Licences expiring", "/expiring-licences", "Licences expiring in the next eight weeks and the reminders sent.", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Background jobs", "/admin/jobs", "What the scheduled jobs did, when they run next, and records due for retention review.", Roles.LicensingManager, Roles.Administrator),
    ];

    public static void AddJobs(this WebApplicationBuilder builder) =>
        builder.Services.AddLicensingJobs(builder.Configuration, builder.Environment.ContentRootPath,
            runServer: builder.Configuration.GetValue("Jobs:RunInWeb", true));

    public static void MapJobs(this WebApplication app)
    {
        AccessibleDashboard.Once();
        // The dashboard writes <html lang> from the UI culture, "iv" (not a language) under the invariant culture of a server.
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/hangfire"), dashboard => dashboard.Use((http, next) =>
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
            return next(http);
        }));
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            // Without a filter of its own the dashboard answers local requests only; ours asks for an administrator.
            AsyncAuthorization = [new AdministratorsOnlyDashboard()],
            AppPath = "/admin/jobs",
            DashboardTitle = "Licensing background jobs",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Policies.Administrators);
    }

    /// <summary>Our stylesheet after the dashboard's own, registered once per process (Hangfire's configuration is global).</summary>
    private static class AccessibleDashboard
    {
        private static readonly Lazy<bool> Registered = new(() =>
        {
            GlobalConfiguration.Configuration.UseDashboardStylesheet(typeof(JobsFeature).Assembly, "Licensing.Web.Features.Jobs.HangfireDashboard.css");
            return true;
        });

        public static void Once() => _ = Registered.Value;
    }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => JobsDemo.SeedAsync(db);
}
