using Licensing.Domain.Audit;
using Licensing.Domain.Data;

namespace Licensing.Web.Hosting;

/// <summary>
/// Verbs run through the same entry point as the web app (README):
/// <c>dotnet run --project Licensing.Web -- migrate</c>, <c>-- register import FILE.csv</c>, ...
/// Each returns 0 on success and non-zero with a one-line reason per problem otherwise.
/// </summary>
public static class CommandLine
{
    public delegate Task<int> Verb(WebApplication app, string[] args, TextWriter output, TextWriter errors);

    /// <summary>Verbs by their words; features add theirs here.</summary>
    public static readonly Dictionary<string, Verb> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["migrate"] = MigrateAsync,
    };

    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        var words = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !a.Contains('=')).ToArray();
        if (words.Length == 0) return null;
        foreach (var length in new[] { 2, 1 })
        {
            if (words.Length < length) continue;
            var key = string.Join(' ', words.Take(length));
            if (Verbs.TryGetValue(key, out var verb))
                return await verb(app, words.Skip(length).ToArray(), Console.Out, Console.Error);
        }
        await Console.Error.WriteLineAsync($"Unknown command '{string.Join(' ', words)}'. Commands: {string.Join(", ", Verbs.Keys)}");
        return 2;
    }

    private static async Task<int> MigrateAsync(WebApplication app, string[] args, TextWriter output, TextWriter errors)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        await using var db = DesignTime.Create(settings, Actor.System("migrate"));
        await DomainServices.MigrateAsync(db);
        await output.WriteLineAsync($"{settings.Provider} database is up to date.");
        return 0;
    }
}
