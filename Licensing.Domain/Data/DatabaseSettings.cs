using Licensing.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Licensing.Domain.Data;

public enum DatabaseProvider { Sqlite, SqlServer }

/// <summary>
/// <c>Database:Provider</c> chooses SQLite (the embedded default, a file under App_Data) or SQL Server
/// (<c>ConnectionStrings:Licensing</c>). Each provider keeps its migrations in its own assembly under db/.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrations = "Licensing.Db.Sqlite";
    public const string SqlServerMigrations = "Licensing.Db.SqlServer";

    public static DatabaseSettings From(IConfiguration config, string contentRoot)
    {
        var providerText = config["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
            throw new InvalidOperationException($"Database:Provider must be Sqlite or SqlServer, not '{providerText}'");
        var connection = config.GetConnectionString("Licensing");
        if (provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(connection))
            throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Licensing is not set");
        if (string.IsNullOrWhiteSpace(connection))
        {
            var folder = Path.Combine(contentRoot, "App_Data");
            Directory.CreateDirectory(folder);
            connection = $"Data Source={Path.Combine(folder, "licensing.db")}";
        }
        return new DatabaseSettings(provider, connection);
    }

    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) => Provider switch
    {
        DatabaseProvider.SqlServer => options.UseSqlServer(ConnectionString, o => o.MigrationsAssembly(SqlServerMigrations)),
        _ => options.UseSqlite(SqliteConnectionString, o => o.MigrationsAssembly(SqliteMigrations)),
    };

    /// <summary>For SQLite: the connection string with the busy timeout every connection here uses.</summary>
    public string SqliteConnectionString => WithBusyTimeout(ConnectionString);

    // Several connections (web, jobs) write to one SQLite file: wait for the lock rather than fail.
    private static string WithBusyTimeout(string cs) =>
        cs.Contains("Timeout", StringComparison.OrdinalIgnoreCase) ? cs : cs.TrimEnd(';') + ";Default Timeout=30";
}

public static class DomainServices
{
    public static IServiceCollection AddLicensingDomain(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        var settings = DatabaseSettings.From(config, contentRoot);
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<LicensingDbContext>(o => settings.Configure(o), ServiceLifetime.Scoped);
        services.AddSingleton(new Register.RegisterIndex(settings));
        return services;
    }

    /// <summary>Brings the database up to date (after refusing, untouched, one whose licences share numbers); SQLite also switches to WAL so readers don't block the writer.</summary>
    public static async Task MigrateAsync(LicensingDbContext db, CancellationToken ct = default)
    {
        await Licensees.NumbersUsedTwice.RefuseToMigrateIfAnyAsync(db, ct);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}

/// <summary>Used by design-time tools and CLI verbs, where nobody is signed in.</summary>
public static class DesignTime
{
    public static LicensingDbContext Create(DatabaseSettings settings, Actor? actor = null)
    {
        var options = settings.Configure(new DbContextOptionsBuilder<LicensingDbContext>());
        return new LicensingDbContext((DbContextOptions<LicensingDbContext>)options.Options, new FixedActor(actor ?? Actor.System("design-time")), TimeProvider.System);
    }
}
