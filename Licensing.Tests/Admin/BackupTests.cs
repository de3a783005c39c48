using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Tests.Cases;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Admin;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Admin;

/// <summary>`backup FOLDER`: a copy of the SQLite database and the attachments it lists, each checked before it is trusted.</summary>
public class BackupTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly AttachmentStore store = new(Path.Combine(TestFolders.Root, "store-" + Guid.NewGuid().ToString("N")));
    private readonly string destination = Path.Combine(TestFolders.Root, "backups-" + Guid.NewGuid().ToString("N"));
    private static readonly DateTime Evening = new(2026, 6, 15, 18, 0, 0, DateTimeKind.Utc);

    private async Task<ConcernAttachment> ConcernWithAttachmentAsync()
    {
        await using var db = database.NewContext();
        var person = Build.Person("Backed", "Up", licence: null);
        db.People.Add(person);
        var concern = ReviewScenario.NewConcern(ConcernCategory.Safeguarding, person.Id, reference: "CN-2026-0009");
        var attachment = await store.SaveAsync(new MemoryStream("Statement of the passenger"u8.ToArray()), "statement.txt", "text/plain", "Olivia Officer", db.UtcNow);
        concern.Attach(attachment);
        db.Concerns.Add(concern);
        await db.SaveChangesAsync();
        return attachment;
    }

    [Fact]
    public async Task A_backup_is_a_checked_copy_of_the_database_and_of_the_attachments_it_lists_that_works_on_its_own()
    {
        var attachment = await ConcernWithAttachmentAsync();

        var result = await Backup.RunAsync(database.Settings, store, destination, Evening);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal((true, 1, Path.Combine(destination, "licensing-backup-20260615-180000")), (result.DatabaseCopied, result.Attachments, result.Folder));
        Assert.True(result.AuditEntries >= 2);
        Assert.False(File.Exists(Path.Combine(result.Folder, "licensing.db-wal")));
        Assert.Equal("Statement of the passenger", await File.ReadAllTextAsync(Path.Combine(result.Folder, attachment.StoredAs)));
        Assert.Contains("Checks: all passed", await File.ReadAllTextAsync(Path.Combine(result.Folder, "backup.txt")));
        await using var copy = DesignTime.Create(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(result.Folder, "licensing.db")};Pooling=False"));
        Assert.Equal("CN-2026-0009", (await copy.Concerns.Include(c => c.Attachments).SingleAsync()).Reference);
        // A second backup in the same second would overwrite nothing.
        await Assert.ThrowsAsync<IOException>(() => Backup.RunAsync(database.Settings, store, destination, Evening));
    }

    [Fact]
    public async Task An_attachment_changed_since_it_was_uploaded_fails_the_backup_naming_it()
    {
        var attachment = await ConcernWithAttachmentAsync();
        await File.WriteAllTextAsync(Path.Combine(store.Folder, attachment.StoredAs), "Altered statement");

        var result = await Backup.RunAsync(database.Settings, store, destination, Evening);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Contains("statement.txt") && p.Contains("does not match the SHA-256"));
        Assert.Contains("Checks: 1 problem(s)", await File.ReadAllTextAsync(Path.Combine(result.Folder, "backup.txt")));
    }

    [Fact]
    public async Task A_database_whose_audit_trail_was_altered_behind_the_service_gives_a_backup_that_says_so()
    {
        await ConcernWithAttachmentAsync();
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            connection.Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE AuditEntries SET ActorName = 'Someone else' WHERE Id = 1";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var result = await Backup.RunAsync(database.Settings, store, destination, Evening);

        Assert.Contains(result.Problems, p => p.StartsWith("The audit trail in the copy is broken at entry 1", StringComparison.Ordinal));
    }

    public void Dispose() => database.Dispose();
}
