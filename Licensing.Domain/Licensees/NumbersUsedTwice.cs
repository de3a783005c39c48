using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Licensees;

/// <summary>
/// Before the migration that makes licence and badge numbers unique, licences already sharing one (made by
/// two grants at once, or entered from old records) would only make it fail with the database's terse
/// message. Which licence keeps the number is the team's call, not the upgrade's, so nothing is changed:
/// the upgrade stops and names every number in use twice and the licences holding it.
/// </summary>
public static class NumbersUsedTwice
{
    public const string UniqueNumbersMigration = "UniqueLicenceNumbers";

    /// <summary>Licences as they were before the migration: read by SQL pinned to that schema, not by the model, which may move on.</summary>
    private sealed record Row(string Number, string SearchNumber, string? BadgeNumber, string? SearchBadgeNumber);

    public static async Task RefuseToMigrateIfAnyAsync(LicensingDbContext db, CancellationToken ct = default)
    {
        if (!(await db.Database.GetPendingMigrationsAsync(ct)).Any(m => m.EndsWith("_" + UniqueNumbersMigration, StringComparison.Ordinal))) return;
        // A new database has no Licences table yet, let alone licences.
        if (!(await db.Database.GetAppliedMigrationsAsync(ct)).Any()) return;
        var rows = await db.Database.SqlQuery<Row>($"SELECT Number, SearchNumber, BadgeNumber, SearchBadgeNumber FROM Licences").ToListAsync(ct);
        var clashes = Describe("licence number", rows.Select(r => (r.SearchNumber, r.Number, r.Number)))
            .Concat(Describe("badge number", rows.Where(r => r.SearchBadgeNumber is not null).Select(r => (r.SearchBadgeNumber!, r.BadgeNumber!, r.Number))))
            .ToList();
        if (clashes.Count > 0)
            throw new InvalidOperationException("The database was not upgraded and nothing in it was changed: licence and badge numbers must be unique, " +
                $"and these are used more than once. Give each licence its own number, then start again. {string.Join("; ", clashes)}.");
    }

    private static IEnumerable<string> Describe(string what, IEnumerable<(string Compact, string AsWritten, string Licence)> numbers) =>
        numbers.GroupBy(n => n.Compact).Where(g => g.Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{what} {g.First().AsWritten} is on licences {string.Join(", ", g.Select(n => n.Licence).Order(StringComparer.Ordinal))}");
}
