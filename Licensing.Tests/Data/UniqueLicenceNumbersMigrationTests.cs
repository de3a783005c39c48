using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Licensing.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Tests.Data;

/// <summary>
/// Upgrading a database that already holds licences: the unique number indexes are made when the numbers are
/// unique, and when some are shared the upgrade stops, names them and changes nothing (docs/OPERATIONS.md).
/// </summary>
public class UniqueLicenceNumbersMigrationTests : IDisposable
{
    private readonly string path = Path.Combine(TestFolders.Root, $"upgrade-{Guid.NewGuid():N}.db");
    private DatabaseSettings Settings => new(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False");

    [Fact]
    public async Task A_database_with_licences_is_upgraded_and_then_refuses_a_badge_already_in_use()
    {
        await CreateBeforeUniqueNumbersAsync(("DL00001", "1001"), ("DL00002", "1002"));

        await using (var db = DesignTime.Create(Settings)) await DomainServices.MigrateAsync(db);

        await using var after = DesignTime.Create(Settings);
        Assert.Empty(await after.Database.GetPendingMigrationsAsync());
        Assert.Equal(["1001", "1002"], await after.DriverLicences.OrderBy(l => l.BadgeNumber).Select(l => l.BadgeNumber).ToListAsync());
        var e = await Assert.ThrowsAsync<SqliteException>(() => InsertLicenceAsync(after, "DL00003", "1002"));
        Assert.Contains("UNIQUE", e.Message);
    }

    [Fact]
    public async Task A_database_whose_licences_share_numbers_is_not_upgraded_and_the_shared_numbers_are_named()
    {
        await CreateBeforeUniqueNumbersAsync(("DL00001", "1001"), ("DL00002", "1001"), ("DL00003", "1003"), ("DL 00003", "1004"));

        await using (var db = DesignTime.Create(Settings))
        {
            var e = await Assert.ThrowsAsync<InvalidOperationException>(() => DomainServices.MigrateAsync(db));
            Assert.Contains("nothing in it was changed", e.Message);
            Assert.Contains("licence number DL00003 is on licences DL 00003, DL00003", e.Message);
            Assert.Contains("badge number 1001 is on licences DL00001, DL00002", e.Message);
        }

        await using var after = DesignTime.Create(Settings);
        // Not applied: it, and every migration after it, is still to come.
        Assert.Equal(NumbersUsedTwice.UniqueNumbersMigration, (await after.Database.GetPendingMigrationsAsync()).First()[15..]);
        Assert.Equal(4, await after.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM Licences").SingleAsync());
    }

    /// <summary>A database as it was before the migration, holding driver licences entered straight into it (as old records or a past race could).</summary>
    private async Task CreateBeforeUniqueNumbersAsync(params (string Number, string Badge)[] licences)
    {
        await using var db = DesignTime.Create(Settings);
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_" + NumbersUsedTwice.UniqueNumbersMigration, StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(before);
        foreach (var (number, badge) in licences) await InsertLicenceAsync(db, number, badge);
    }

    private static Task InsertLicenceAsync(LicensingDbContext db, string number, string badge) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO Licences (Id, Kind, Type, Number, SearchNumber, BadgeNumber, SearchBadgeNumber, IssuedOn, ExpiresOn, Status, StatusSince, GrantDecisionId, Version)
            VALUES ({Guid.NewGuid()}, 'Driver', 'PrivateHireDriver', {number}, {number.Replace(" ", "")}, {badge}, {badge}, '2025-01-01', '2028-01-01', 'Granted', '2025-01-01', {Guid.NewGuid()}, 0)
            """);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { File.Delete(path); } catch (IOException) { /* the OS will clean the temp folder */ }
    }
}
