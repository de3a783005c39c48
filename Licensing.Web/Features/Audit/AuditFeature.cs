using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Web.Components.Layout;
using Licensing.Web.Features.Home;
using Licensing.Web.Hosting;

namespace Licensing.Web.Features.Audit;

/// <summary>The audit trail's integrity check: a page for administrators and the `audit verify` verb.</summary>
public static class AuditFeature
{
    public static readonly NavigationItems.Item[] Navigation = [];

    public static readonly HomeCards.Card[] Cards =
    [
        new("Check the audit trail", "/admin/audit", "Confirm no audit entry has been changed or removed.", Roles.Administrator),
    ];

    public static void AddAudit(this WebApplicationBuilder builder) =>
        CommandLine.Verbs["audit verify"] = VerifyAsync;

    public static void MapAudit(this WebApplication app) { }

    private static async Task<int> VerifyAsync(WebApplication app, string[] args, TextWriter output, TextWriter errors)
    {
        await using var db = DesignTime.Create(app.Services.GetRequiredService<DatabaseSettings>(), Actor.System("audit verify"));
        var result = await AuditChain.VerifyAsync(db);
        if (result.Intact)
        {
            await output.WriteLineAsync($"Audit trail intact: {result.Checked} entries checked.");
            return 0;
        }
        await errors.WriteLineAsync($"Audit trail broken at entry {result.FirstBrokenId}: {result.Problem}");
        return 1;
    }
}
