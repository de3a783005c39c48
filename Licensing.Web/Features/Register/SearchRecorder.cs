using System.Threading.Channels;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Register;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Register;

/// <summary>
/// Records partner searches with group commit: searches arriving together are written in one
/// transaction (each with its own audit entry and actor), and every request waits until its record is
/// committed, so no search goes unrecorded — but many share one commit instead of one each.
/// On SQLite the recorder writes through its own connection with <c>synchronous=NORMAL</c>: a commit
/// is in the write-ahead log (it survives the application stopping or crashing) without waiting for
/// the disk to confirm it; the next full commit by anything else, or the next checkpoint, makes it
/// durable. Only an operating-system crash or power cut in that moment could lose the record of a
/// search — never a decision, whose saves keep <c>synchronous=FULL</c>. There it writes through
/// commands prepared once (<see cref="SqliteAuditedLog{T}"/>): the rows and chained audit entries a save
/// would write, at a small part of the cost. SQL Server saves through a context. See docs/PERFORMANCE.md.
/// </summary>
public sealed class SearchRecorder(DatabaseSettings settings, IServiceScopeFactory scopes, TimeProvider clock) : IAsyncDisposable
{
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(); // not SingleReader: that kind cannot count what is queued
    private Task? writing;

    /// <summary>Commits made so far (each shared by the searches that arrived together).</summary>
    public long Batches => Interlocked.Read(ref batches);
    private long batches;

    /// <summary>Searches waiting for the writer to take them (for tests that need a batch formed a given way).</summary>
    internal int Queued => queue.Reader.Count;

    private sealed record Pending(RegisterSearch Search, Actor Actor, TaskCompletionSource Done);

    /// <summary>Completes once the search's record is committed; fails if it could not be.</summary>
    public Task RecordAsync(RegisterSearch search, Actor actor)
    {
        // Not cancellable: once asked, the search is recorded even if the caller has gone.
        var pending = new Pending(search, actor, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (writing is null) lock (queue) writing ??= Task.Run(WriteAsync);
        if (!queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(SearchRecorder));
        return pending.Done.Task;
    }

    // One writer commits everything queued while it wrote the last batch: the searches arriving together
    // share a commit, and waiting requests are woken once each, when theirs is committed.
    private async Task WriteAsync()
    {
        var batch = new List<Pending>();
        while (await queue.Reader.WaitToReadAsync())
        {
            while (queue.Reader.TryRead(out var item)) batch.Add(item);
            await FlushAsync(batch);
            batch.Clear();
        }
    }

    private async Task FlushAsync(List<Pending> batch)
    {
        try
        {
            if (settings.Provider == DatabaseProvider.Sqlite)
                (log ??= await OpenLogAsync()).Append(batch.ConvertAll(p => (p.Search, p.Actor)), clock.GetUtcNow().UtcDateTime);
            else
                await SaveAsync(batch);
            Interlocked.Increment(ref batches);
            foreach (var p in batch) p.Done.TrySetResult();
        }
        catch (Exception e)
        {
            // A connection or context that failed mid-transaction is not trusted again: the next batch opens new ones.
            await CloseAsync();
            foreach (var p in batch) p.Done.TrySetException(e);
        }
    }

    // SQLite: prepared commands on a connection of the recorder's own, the same rows and audit entries a save writes.
    private SqliteConnection? connection;
    private SqliteAuditedLog<RegisterSearch>? log;

    private async Task<SqliteAuditedLog<RegisterSearch>> OpenLogAsync()
    {
        // Not pooled: the relaxed setting must never reach a connection that saves a decision.
        connection = new SqliteConnection(new SqliteConnectionStringBuilder(settings.SqliteConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=NORMAL;";
            await pragma.ExecuteNonQueryAsync();
        }
        // The model (columns, conversions, what is audited) is the context's; the context itself is not needed after.
        await using var model = new LicensingDbContext(
            new DbContextOptionsBuilder<LicensingDbContext>().UseSqlite(connection, o => o.MigrationsAssembly(DatabaseSettings.SqliteMigrations)).Options,
            new FixedActor(Actor.System("register search log")), clock);
        return new SqliteAuditedLog<RegisterSearch>(connection, model.Model);
    }

    // SQL Server: through a context, one save per searcher (a save is attributed to one actor), one transaction for all.
    private IServiceScope? scope;
    private LicensingDbContext? context;

    private async Task SaveAsync(List<Pending> batch)
    {
        if (context is null)
        {
            scope = scopes.CreateScope();
            context = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync();
        }
        await using var transaction = await context.Database.BeginTransactionAsync();
        foreach (var group in batch.GroupBy(p => p.Actor))
        {
            using (SystemWork.As(group.Key))
            {
                context.RegisterSearches.AddRange(group.Select(p => p.Search));
                await context.SaveChangesAsync();
            }
        }
        await transaction.CommitAsync();
        context.ChangeTracker.Clear();
    }

    private async Task CloseAsync()
    {
        log?.Dispose();
        log = null;
        if (connection is not null) await connection.DisposeAsync();
        connection = null;
        if (context is not null) await context.DisposeAsync();
        context = null;
        scope?.Dispose();
        scope = null;
    }

    public async ValueTask DisposeAsync()
    {
        // What is queued is still written; nothing more is taken.
        queue.Writer.TryComplete();
        if (writing is not null) await writing;
        await CloseAsync();
    }
}
