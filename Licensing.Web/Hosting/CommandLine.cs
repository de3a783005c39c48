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
        var words = Words(args);
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

    /// <summary>The verb and its arguments, without host options such as <c>--urls http://...</c> or <c>--environment=X</c>.</summary>
    public static string[] Words(string[] args)
    {
        var words = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                if (!a.Contains('=') && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) i++; // its value
                continue;
            }
            if (a.Contains('=')) continue;
            words.Add(a);
        }
        return [.. words];
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
