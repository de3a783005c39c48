using Licensing.Domain.Register;
using Licensing.Tests.Data;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Register;

namespace Licensing.Tests.Register;

/// <summary>
/// The matching targets (issue 6), measured on the shared development sample through the product's own
/// import and search: recall at least 99%, and under 1% of probes that must not match get a strong match.
/// The sample is only a measuring stick; nothing in the matcher knows about it.
/// </summary>
public class MatchingTargetTests : IDisposable
{
    private readonly TestDatabase database = new();

    [Fact]
    public async Task The_development_sample_meets_the_recall_and_false_match_targets()
    {
        var folder = Path.GetFullPath(Path.Combine(MigrationTests.RepositoryRoot(), "..", "shared", "data", "matching-dev"));
        Assert.True(File.Exists(Path.Combine(folder, "register.csv")), $"The matching sample is missing: expected {folder}/register.csv (the shared folder beside the repository)");

        await using var db = database.NewContext();
        using (var reader = new StreamReader(Path.Combine(folder, "register.csv")))
        {
            var imported = await RegisterCsv.ImportAsync(db, reader);
            Assert.True(imported.Succeeded, string.Join("\n", imported.Problems.Take(5)));
        }

        // Searches go through the in-memory index, as the product's do; the database search is the reference.
        var index = new RegisterIndex(database.Settings);
        await index.LoadAsync(db);
        Assert.True(index.IsLoaded);

        var rows = Rfc4180.Read(new StreamReader(Path.Combine(folder, "probes.csv"))).ToList();
        var header = rows[0].Fields;
        int Col(string name) => Array.IndexOf(header, name);
        int shouldMatch = 0, found = 0, mustNotMatch = 0, falseStrong = 0;
        var misses = new List<string>();
        foreach (var f in rows.Skip(1).Select(r => r.Fields))
        {
            var expected = f[Col("expected_reference")];
            var who = new RegisterIdentity(f[Col("surname")], f[Col("forenames")],
                f[Col("previous_surnames")].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                DateOnly.Parse(f[Col("date_of_birth")]), f[Col("driving_licence_number")] is { Length: > 0 } l ? l : null);
            var matches = await index.FindAsync(db, who);
            Assert.Equal(Describe(await RegisterLookup.FindAsync(db, who)), Describe(matches));
            if (expected.Length > 0)
            {
                shouldMatch++;
                if (matches.Any(m => m.RegisterReference == expected)) found++;
                else misses.Add($"{f[Col("kind")]}: expected {expected}");
            }
            else
            {
                mustNotMatch++;
                if (matches.Any(m => m.Band is MatchBand.Exact or MatchBand.Strong)) falseStrong++;
            }
        }
        Assert.True(shouldMatch > 0 && mustNotMatch > 0);
        Assert.True(found >= 0.99 * shouldMatch, $"Recall {found}/{shouldMatch}; missed e.g. {string.Join("; ", misses.Take(5))}");
        Assert.True(falseStrong < 0.01 * mustNotMatch, $"{falseStrong} of {mustNotMatch} non-matching probes got a strong match");
    }

    private static string Describe(IReadOnlyList<RegisterMatch> matches) =>
        string.Join("; ", matches.Select(m => $"{m.RegisterReference} {m.Band} {m.Score} {string.Join(",", m.Reasons)}").Order(StringComparer.Ordinal));

    public void Dispose() => database.Dispose();
}
