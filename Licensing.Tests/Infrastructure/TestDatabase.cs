using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Licensing.Tests.Infrastructure;

/// <summary>
/// A real SQLite file per test: a template is migrated once per run and copied (STACK.md: ~0.1 ms a
/// copy), so each test starts from an empty, fully migrated database and can't see another's rows.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    public string Path { get; }
    public string ConnectionString => $"Data Source={Path};Pooling=False";
    public DatabaseSettings Settings => new(DatabaseProvider.Sqlite, ConnectionString);
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.Zero));
    public Actor Actor { get; set; } = new("test-officer", "Test Officer");

    public TestDatabase()
    {
        Path = System.IO.Path.Combine(TestFolders.Root, $"db-{Guid.NewGuid():N}.db");
        File.Copy(Template.Value, Path);
    }

    public LicensingDbContext NewContext(Actor? actor = null)
    {
        var options = new DbContextOptionsBuilder<LicensingDbContext>();
        Settings.Configure(options);
        return new LicensingDbContext(options.Options, new FixedActor(actor ?? Actor), Clock);
    }

    private static string CreateTemplate()
    {
        var path = System.IO.Path.Combine(TestFolders.Root, $"template-{Guid.NewGuid():N}.db");
        using var db = DesignTime.Create(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False"));
        db.Database.Migrate();
        return path;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { File.Delete(Path); } catch (IOException) { /* the OS will clean the temp folder */ }
    }
}

public static class TestFolders
{
    public static readonly string Root = CreateRoot();

    private static string CreateRoot()
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "licensing-tests", Environment.ProcessId.ToString());
        Directory.CreateDirectory(root);
        return root;
    }
}

/// <summary>The context factory a page asks for, handing out contexts on one test database.</summary>
public sealed class TestDbFactory(TestDatabase database) : IDbContextFactory<LicensingDbContext>
{
    public LicensingDbContext CreateDbContext() => database.NewContext();
}
