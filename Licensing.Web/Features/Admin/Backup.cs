using System.Security.Cryptography;
using Licensing.Domain.Audit;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Admin;

/// <summary>
/// <c>backup FOLDER</c>: a copy a council can restore from, checked before it is trusted. On SQLite the
/// database is copied with SQLite's online backup (consistent while the service runs, unlike copying the
/// file beside its write-ahead log), then opened: its integrity check must pass and its audit chain must
/// verify. The concern attachments it lists are copied beside it, each checked against the SHA-256 recorded
/// when it was uploaded. SQL Server is backed up with SQL Server's own tools; there the attachments alone are copied.
/// </summary>
public static class Backup
{
    public sealed record Result(string Folder, bool DatabaseCopied, long AuditEntries, int Attachments, IReadOnlyList<string> Problems)
    {
        public bool Succeeded => Problems.Count == 0;
    }

    public static async Task<Result> RunAsync(DatabaseSettings settings, AttachmentStore attachments, string destination, DateTime nowUtc, CancellationToken ct = default)
    {
        var folder = Path.Combine(destination, $"licensing-backup-{nowUtc:yyyyMMdd-HHmmss}");
        if (Directory.Exists(folder)) throw new IOException($"{folder} already exists: nothing was written");
        Directory.CreateDirectory(folder);
        var problems = new List<string>();
        long audited = 0;
        var sqlite = settings.Provider == DatabaseProvider.Sqlite;
        DatabaseSettings listing = settings;
        if (sqlite)
        {
            var copy = Path.Combine(folder, "licensing.db");
            await CopySqliteAsync(settings, copy, ct);
            listing = new DatabaseSettings(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString());
            problems.AddRange(await IntegrityProblemsAsync(listing, ct));
            await using var db = DesignTime.Create(listing, Actor.System("backup"));
            var chain = await AuditChain.VerifyAsync(db, ct);
            audited = chain.Checked;
            if (!chain.Intact) problems.Add($"The audit trail in the copy is broken at entry {chain.FirstBrokenId}: {chain.Problem}");
        }

        // The files the copied database lists (on SQL Server, the live one): a file uploaded after the copy is left for the next.
        List<ConcernAttachment> listed;
        await using (var db = DesignTime.Create(listing, Actor.System("backup")))
            listed = await db.ConcernAttachments.AsNoTracking().OrderBy(a => a.UploadedAt).ToListAsync(ct);
        foreach (var attachment in listed)
            if (await CopyAttachmentAsync(attachments, attachment, folder, ct) is { } problem) problems.Add(problem);

        await File.WriteAllLinesAsync(Path.Combine(folder, "backup.txt"),
        [
            $"Licensing backup taken {nowUtc:yyyy-MM-dd HH:mm:ss} UTC",
            sqlite ? $"Database: licensing.db (SQLite online backup; integrity check and audit chain of {audited} entries checked)"
                : "Database: SQL Server, not in this folder: back it up with SQL Server's own tools",
            $"Attachments: {listed.Count} listed, under attachments/",
            problems.Count == 0 ? "Checks: all passed" : $"Checks: {problems.Count} problem(s)",
            .. problems,
        ], ct);
        return new Result(folder, sqlite, audited, listed.Count, problems);
    }

    private static async Task CopySqliteAsync(DatabaseSettings settings, string copy, CancellationToken ct)
    {
        await using var source = new SqliteConnection(settings.SqliteConnectionString);
        await source.OpenAsync(ct);
        await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString()))
        {
            await target.OpenAsync(ct);
            source.BackupDatabase(target);
            // One self-contained file: the copy is not left expecting a write-ahead log beside it.
            await using var journal = target.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode=DELETE;";
            await journal.ExecuteScalarAsync(ct);
        }
    }

    private static async Task<IEnumerable<string>> IntegrityProblemsAsync(DatabaseSettings copy, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(copy.ConnectionString);
        await connection.OpenAsync(ct);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check;";
        var found = new List<string>();
        await using var reader = await check.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) found.Add(reader.GetString(0));
        return found is ["ok"] ? [] : found.Select(f => $"The copy's integrity check: {f}");
    }

    private static async Task<string?> CopyAttachmentAsync(AttachmentStore store, ConcernAttachment attachment, string folder, CancellationToken ct)
    {
        var from = Path.Combine(store.Folder, attachment.StoredAs);
        if (!File.Exists(from)) return $"Attachment {attachment.FileName} ({attachment.StoredAs}) is missing from {store.Folder}";
        var to = Path.Combine(folder, attachment.StoredAs);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        await using (var input = File.OpenRead(from))
        await using (var output = File.Create(to))
            await input.CopyToAsync(output, ct);
        await using var copied = File.OpenRead(to);
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(copied, ct));
        return string.Equals(hash, attachment.Sha256, StringComparison.OrdinalIgnoreCase) ? null
            : $"Attachment {attachment.FileName} ({attachment.StoredAs}) does not match the SHA-256 recorded when it was uploaded: it has been changed or damaged";
    }

    /// <summary>The verb: <c>dotnet run --project Licensing.Web -- backup FOLDER</c>.</summary>
    public static async Task<int> VerbAsync(WebApplication app, string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length != 1)
        {
            await errors.WriteLineAsync("Usage: backup FOLDER (a new dated folder is made inside it)");
            return 2;
        }
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var result = await RunAsync(settings, app.Services.GetRequiredService<AttachmentStore>(), args[0], DateTime.UtcNow);
        await output.WriteLineAsync(result.DatabaseCopied
            ? $"Backed up to {result.Folder}: the database (audit trail of {result.AuditEntries} entries checked) and {result.Attachments} attachment(s)."
            : $"Copied {result.Attachments} attachment(s) to {result.Folder}. Back up the SQL Server database with SQL Server's own tools.");
        foreach (var problem in result.Problems) await errors.WriteLineAsync(problem);
        return result.Succeeded ? 0 : 1;
    }
}
