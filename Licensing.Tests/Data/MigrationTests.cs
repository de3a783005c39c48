using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Licensing.Tests.Data;

public class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.SqlServer, "Server=unused;Database=unused")]
    public void Each_providers_migrations_are_up_to_date_with_the_model(DatabaseProvider provider, string connection)
    {
        using var db = DesignTime.Create(new DatabaseSettings(provider, connection));
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changed since the last {provider} migration: run db/migrations.sh add <Name>");
    }

    [Fact]
    public void The_SQL_Server_script_for_DBAs_matches_the_migrations()
    {
        using var db = DesignTime.Create(new DatabaseSettings(DatabaseProvider.SqlServer, "Server=unused;Database=unused"));
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "db", "sqlserver", "licensing.sql"));
        Assert.True(Normalise(script) == Normalise(committed), "db/sqlserver/licensing.sql is stale: run db/migrations.sh script");
    }

    private static string Normalise(string sql) => string.Join('\n', sql.Replace("\r", "").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0)).Trim('\uFEFF');

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Licensing.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Licensing.sln not found above the test output");
    }
}
