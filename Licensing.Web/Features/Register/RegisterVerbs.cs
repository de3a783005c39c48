using Licensing.Domain.Audit;
using Licensing.Domain.Data;

namespace Licensing.Web.Features.Register;

/// <summary><c>register import FILE.csv</c> and <c>register export FILE.csv</c> (DESIGN.md commands).</summary>
internal static class RegisterVerbs
{
    public static async Task<int> ImportAsync(WebApplication app, string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            await errors.WriteLineAsync(args.Length == 1 ? $"No such file: {args[0]}" : "Usage: register import FILE.csv");
            return 2;
        }
        await using var db = await OpenAsync(app, "register import");
        using var reader = new StreamReader(args[0], System.Text.Encoding.UTF8);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = await RegisterCsv.ImportAsync(db, reader);
        if (!result.Succeeded)
        {
            foreach (var p in result.Problems) await errors.WriteLineAsync($"{args[0]}: {p}");
            await errors.WriteLineAsync($"Nothing was imported: {result.Problems.Count} bad row(s).");
            return 1;
        }
        await output.WriteLineAsync($"Imported {args[0]}: {result.Created} new, {result.Updated} updated entries in {started.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    public static async Task<int> ExportAsync(WebApplication app, string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length != 1)
        {
            await errors.WriteLineAsync("Usage: register export FILE.csv");
            return 2;
        }
        await using var db = await OpenAsync(app, "register export");
        await using var writer = new StreamWriter(args[0], false, new System.Text.UTF8Encoding(false));
        var count = await RegisterCsv.ExportAsync(db, writer);
        await output.WriteLineAsync($"Exported {count} entries to {args[0]}.");
        return 0;
    }

    private static async Task<LicensingDbContext> OpenAsync(WebApplication app, string what)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var db = DesignTime.Create(settings, Actor.System(what));
        if (settings.Provider == DatabaseProvider.Sqlite) await DomainServices.MigrateAsync(db);
        return db;
    }
}
