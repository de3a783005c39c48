using Licensing.Domain.Admin;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;
using Licensing.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Concerns;

/// <summary>What the concerns feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class ConcernsFeature
{
    public static readonly NavigationItems.Item[] Navigation = [new("Concerns", "/concerns", Roles.LicensingOfficer, Roles.LicensingManager)];
    public static readonly HomeCards.Card[] Cards =
    [
        new("Concerns and intelligence", "/concerns", "Record, grade, search and triage concerns. Safeguarding concerns are flagged until triaged, the same working day.", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Record a concern", "/concerns/new", "A report from the police, the public, an operator, a school, an enforcement visit, another authority, or the licensee.", Roles.LicensingOfficer, Roles.LicensingManager),
    ];

    public static void AddConcerns(this WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["Storage:Folder"] is { Length: > 0 } configured ? configured : Path.Combine(builder.Environment.ContentRootPath, "App_Data");
        builder.Services.AddSingleton(new AttachmentStore(folder));
        builder.Services.AddOptions<RestrictedIntelligence>().Bind(builder.Configuration.GetSection(RestrictedIntelligence.Section));
    }

    public static void MapConcerns(this WebApplication app)
    {
        // Attachments are served only to the licensing team, as downloads, never rendered inline.
        app.MapGet("/concerns/{concernId:guid}/attachments/{attachmentId:guid}", async (Guid concernId, Guid attachmentId, IDbContextFactory<LicensingDbContext> factory, AttachmentStore store) =>
        {
            await using var db = await factory.CreateDbContextAsync();
            var attachment = await db.ConcernAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.ConcernId == concernId);
            return attachment is null ? Results.NotFound() : Results.File(store.Open(attachment), "application/octet-stream", attachment.FileName);
        }).RequireAuthorization(Policies.LicensingTeam);
    }

    public static Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db) => DemoConcerns.SeedAsync(db);
}
