using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Register;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;
using Licensing.Web.Hosting;

namespace Licensing.Web.Features.Register;

/// <summary>What the register feature adds to the app: services, endpoints, navigation, home-page cards, demo data.</summary>
public static class RegisterFeature
{
    public static readonly NavigationItems.Item[] Navigation =
    [
        new("Register", "/register/search", Roles.LicensingOfficer, Roles.LicensingManager, Roles.PartnerSearcher),
    ];

    public static readonly HomeCards.Card[] Cards =
    [
        new("Search the register", "/register/search", "Refusals, suspensions and revocations here and at partner authorities.", Roles.LicensingOfficer, Roles.LicensingManager, Roles.PartnerSearcher),
        new("Register entries", "/register", "Entries recorded here or imported; details requests from other authorities.", Roles.LicensingOfficer, Roles.LicensingManager),
        new("Import register entries", "/register/import", "Upload a register file (CSV); export for NR3S.", Roles.Administrator),
    ];

    public static void AddRegister(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RegisterOptions>().Bind(builder.Configuration.GetSection(RegisterOptions.Section));
        builder.Services.AddSingleton<SearchRecorder>();
        builder.Services.AddHealthChecks().AddCheck<RegisterIndexHealthCheck>("register index");
        CommandLine.Verbs["register import"] = RegisterVerbs.ImportAsync;
        CommandLine.Verbs["register export"] = RegisterVerbs.ExportAsync;
    }

    public static void MapRegister(this WebApplication app)
    {
        app.MapGet("/register/export.csv", async (Microsoft.EntityFrameworkCore.IDbContextFactory<LicensingDbContext> dbFactory, HttpContext context) =>
        {
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = $"attachment; filename=register-{DateTime.UtcNow:yyyy-MM-dd}.csv";
            await using var db = await dbFactory.CreateDbContextAsync(context.RequestAborted);
            await using var writer = new StreamWriter(context.Response.Body, new System.Text.UTF8Encoding(false));
            await RegisterCsv.ExportAsync(db, writer, context.RequestAborted);
        }).RequireAuthorization(Policies.Administrators);
    }

    /// <summary>A few historic entries from neighbouring authorities, so the search shows something on a first run.</summary>
    public static async Task SeedDemoAsync(IServiceProvider services, LicensingDbContext db)
    {
        // Decisions seeded by the applications and reviews demos already made entries of this authority's own.
        if (db.RegisterEntries.Any(e => e.Reference == "E07000999-2021-0001")) return;
        (string Ref, string Code, string Authority, string Surname, string Forenames, string[] Previous, DateOnly Dob, string? Licence, RegisterDecision Decision, DateOnly On, GroundsCategory Grounds)[] rows =
        [
            ("E07000999-2021-0001", "E07000999", "Northam Borough Council", "Hussain", "Imran", [], new DateOnly(1985, 3, 14), "HUSSA803145I99AB", RegisterDecision.Revocation, new DateOnly(2021, 5, 10), GroundsCategory.Safeguarding),
            ("E07000999-2023-0002", "E07000999", "Northam Borough Council", "MacDonald", "Craig James", [], new DateOnly(1979, 11, 2), null, RegisterDecision.Refusal, new DateOnly(2023, 2, 1), GroundsCategory.Dishonesty),
            ("E08000998-2024-0003", "E08000998", "Castlefield Metropolitan Borough Council", "Kowalska-Nowak", "Anna", ["Kowalska"], new DateOnly(1990, 6, 21), null, RegisterDecision.Suspension, new DateOnly(2024, 9, 3), GroundsCategory.Driving),
            ("E08000998-2015-0004", "E08000998", "Castlefield Metropolitan Borough Council", "Smith", "John Paul", [], new DateOnly(1960, 1, 5), null, RegisterDecision.Revocation, new DateOnly(2014, 1, 20), GroundsCategory.SexualMisconduct),
        ];
        foreach (var r in rows)
            db.RegisterEntries.Add(RegisterEntry.Import(new RegisterEntryDetails(r.Ref, r.Code, r.Authority, r.Surname, r.Forenames, r.Previous, r.Dob, r.Licence,
                null, null, LicenceType.PrivateHireDriver, r.Decision, r.On, r.Grounds), db.UtcNow));
        await db.SaveChangesAsync();
        await RegisterRetention.FlagDueAsync(db, services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RegisterOptions>>().Value.RetentionYears);
    }
}
