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
    // The writer is a thread of its own rather than a task on the thread pool: its writes are synchronous, and
    // every waiting request is behind it, so it must neither hold one of the pool's few threads for the length
    // of a write nor, once woken, wait in the pool's queue behind the requests it is to answer.
    private readonly object gate = new(); // not a Lock: the writer waits on it (Monitor.Wait)
    private List<Pending> waiting = [];
    private bool closed;
    private Thread? writer;
    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Commits made so far (each shared by the searches that arrived together).</summary>
    public long Batches => Interlocked.Read(ref batches);
    private long batches;

    /// <summary>Searches waiting for the writer to take them (for tests that need a batch formed a given way).</summary>
    internal int Queued
    {
        get { lock (gate) return waiting.Count; }
    }

    private sealed record Pending(RegisterSearch Search, Actor Actor, TaskCompletionSource Done);

    /// <summary>Completes once the search's record is committed; fails if it could not be.</summary>
    public Task RecordAsync(RegisterSearch search, Actor actor)
    {
        // Not cancellable: once asked, the search is recorded even if the caller has gone.
        var pending = new Pending(search, actor, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(closed, this);
            waiting.Add(pending);
            if (writer is null)
            {
                writer = new Thread(Write) { IsBackground = true, Name = "Register search log" };
                writer.Start();
            }
            else if (waiting.Count == 1) Monitor.Pulse(gate);
        }
        return pending.Done.Task;
    }

    // One writer commits everything that arrived while it wrote the last batch: the searches arriving together
    // share a commit, and waiting requests are woken once each, when theirs is committed.
    private void Write()
    {
        var batch = new List<Pending>();
        try
        {
            while (true)
            {
                lock (gate)
                {
                    while (waiting.Count == 0 && !closed) Monitor.Wait(gate);
                    if (waiting.Count == 0) return; // closed, and everything asked is written
                    (batch, waiting) = (waiting, batch);
                }
                Flush(batch);
                batch.Clear();
            }
        }
        finally
        {
            stopped.TrySetResult();
        }
    }

    private void Flush(List<Pending> batch)
    {
        try
        {
            if (settings.Provider == DatabaseProvider.Sqlite)
                (log ??= OpenLog()).Append(batch.ConvertAll(p => (p.Search, p.Actor)), clock.GetUtcNow().UtcDateTime);
            else
                Save(batch);
            Interlocked.Increment(ref batches);
            foreach (var p in batch) p.Done.TrySetResult();
        }
        catch (Exception e)
        {
            // A connection or context that failed mid-transaction is not trusted again: the next batch opens new ones.
            Close();
            foreach (var p in batch) p.Done.TrySetException(e);
        }
    }

    // SQLite: prepared commands on a connection of the recorder's own, the same rows and audit entries a save writes.
    private SqliteConnection? connection;
    private SqliteAuditedLog<RegisterSearch>? log;

    private SqliteAuditedLog<RegisterSearch> OpenLog()
    {
        // Not pooled: the relaxed setting must never reach a connection that saves a decision.
        connection = new SqliteConnection(new SqliteConnectionStringBuilder(settings.SqliteConnectionString) { Pooling = false }.ToString());
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=NORMAL;";
            pragma.ExecuteNonQuery();
        }
        // The model (columns, conversions, what is audited) is the context's; the context itself is not needed after.
        using var model = new LicensingDbContext(
            new DbContextOptionsBuilder<LicensingDbContext>().UseSqlite(connection, o => o.MigrationsAssembly(DatabaseSettings.SqliteMigrations)).Options,
            new FixedActor(Actor.System("register search log")), clock);
        return new SqliteAuditedLog<RegisterSearch>(connection, model.Model);
    }

    // SQL Server: through a context, one save per searcher (a save is attributed to one actor), one transaction for all.
    private IServiceScope? scope;
    private LicensingDbContext? context;

    private void Save(List<Pending> batch)
    {
        if (context is null)
        {
            scope = scopes.CreateScope();
            context = scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContext();
        }
        using var transaction = context.Database.BeginTransaction();
        foreach (var group in batch.GroupBy(p => p.Actor))
        {
            using (SystemWork.As(group.Key))
            {
                context.RegisterSearches.AddRange(group.Select(p => p.Search));
                context.SaveChanges();
            }
        }
        transaction.Commit();
        context.ChangeTracker.Clear();
    }

    private void Close()
    {
        log?.Dispose();
        log = null;
        connection?.Dispose();
        connection = null;
        context?.Dispose();
        context = null;
        scope?.Dispose();
        scope = null;
    }

    public async ValueTask DisposeAsync()
    {
        // What is queued is still written; nothing more is taken.
        bool started;
        lock (gate)
        {
            closed = true;
            started = writer is not null;
            Monitor.Pulse(gate);
        }
        if (started) await stopped.Task;
        Close();
    }
}
