using Licensing.Domain.Audit;
using Licensing.Domain.Data;

namespace Licensing.Bench.Register;

/// <summary>A fresh, migrated SQLite file for a run.</summary>
internal static class BenchDatabase
{
    public static async Task<DatabaseSettings> CreateAsync(string path)
    {
        foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path}");
        await using var db = DesignTime.Create(settings, Actor.System("bench"));
        await DomainServices.MigrateAsync(db);
        return settings;
    }
}
