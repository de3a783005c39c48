using Licensing.Domain.Admin;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Notices;
using Licensing.Domain.Notices.Pdf;
using Licensing.Jobs.Notices;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;
using Licensing.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Licensing.Web.Features.Notices;

/// <summary>What the notices feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class NoticesFeature
{
    public static readonly NavigationItems.Item[] Navigation =
    [
        new("Notices", "/notices", Roles.LicensingOfficer, Roles.LicensingManager),
    ];

    public static readonly HomeCards.Card[] Cards =
    [
        new("Notices", "/notices", "Decision notices and letters: preview, issue, the 14-day deadline for notice of grounds.", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Post queue", "/notices/post-queue", "Issued notices to print and post, and recording the posting date.", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Email problems", "/notices/outbox", "Emails that failed, are retrying, or are held because it is not known whether they were sent.", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Letter wording", "/admin/notice-templates", "The wording of each notice and letter, with its statutory parts kept in place.", Roles.Administrator),
        new("Bank holidays", "/admin/bank-holidays", "England and Wales bank holidays used for deemed service dates.", Roles.Administrator),
    ];

    public static void AddNotices(this WebApplicationBuilder builder)
    {
        var fontFolder = builder.Configuration["Notices:FontFolder"];
        // Installed at start-up so a machine without fonts says so at once, and in /health.
        if (NoticeFonts.Check(fontFolder).Found) NoticeFonts.Install(fontFolder);
        builder.Services.AddNoticeDelivery(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck("notice-fonts", () =>
        {
            var check = NoticeFonts.Check(fontFolder);
            return check.Found ? HealthCheckResult.Healthy(check.Message) : HealthCheckResult.Unhealthy(check.Message);
        });
    }

    public static void MapNotices(this WebApplication app)
    {
        var group = app.MapGroup("/notices").RequireAuthorization(Policies.LicensingTeam);
        // The issued document exactly as stored (its hash is on the notice page); a draft is rendered as a marked preview.
        group.MapGet("/{id:guid}/pdf", async (Guid id, IDbContextFactory<LicensingDbContext> factory, IOptions<AuthorityOptions> authority, bool? download) =>
        {
            await using var db = await factory.CreateDbContextAsync();
            var notice = await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id);
            if (notice is null) return Results.NotFound();
            try
            {
                var pdf = await IssueNotice.PreviewAsync(db, id, authority.Value);
                var name = $"{(notice.Reference ?? IssueNotice.ReferenceFor(notice) + "-draft").Replace('/', '-')}.pdf";
                return Results.File(pdf, "application/pdf", download == true ? name : null);
            }
            catch (DomainRuleException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The notice cannot be drafted yet");
            }
        });
    }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => NoticesDemo.SeedAsync(services, db);
}
