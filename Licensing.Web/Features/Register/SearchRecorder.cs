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
/// search — never a decision, whose saves keep <c>synchronous=FULL</c>. See docs/PERFORMANCE.md.
/// </summary>
public sealed class SearchRecorder(DatabaseSettings settings, IServiceScopeFactory scopes, TimeProvider clock) : IAsyncDisposable
{
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>();
    private readonly SemaphoreSlim writer = new(1, 1);
    private SqliteConnection? connection;

    /// <summary>Commits made so far (each shared by the searches that arrived together).</summary>
    public long Batches => Interlocked.Read(ref batches);
    private long batches;

    private sealed record Pending(RegisterSearch Search, Actor Actor, TaskCompletionSource Done);

    private sealed class AmbientActor : IActorSource
    {
        public Actor Current => SystemWork.Current ?? Actor.System("register search log");
    }

    public async Task RecordAsync(RegisterSearch search, Actor actor)
    {
        var pending = new Pending(search, actor, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        queue.Writer.TryWrite(pending);
        // Whoever holds the writer commits everything queued so far; the others wait for that commit.
        // Not cancellable: once asked, the search is recorded even if the caller has gone.
        while (!pending.Done.Task.IsCompleted)
        {
            await writer.WaitAsync();
            try
            {
                if (!pending.Done.Task.IsCompleted) await FlushAsync();
            }
            finally
            {
                writer.Release();
            }
        }
        await pending.Done.Task;
    }

    private async Task FlushAsync()
    {
        var batch = new List<Pending>();
        while (queue.Reader.TryRead(out var item)) batch.Add(item);
        if (batch.Count == 0) return;
        try
        {
            var db = await OpenAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var group in batch.GroupBy(p => p.Actor))
            {
                using (SystemWork.As(group.Key))
                {
                    db.RegisterSearches.AddRange(group.Select(p => p.Search));
                    await db.SaveChangesAsync();
                }
            }
            await transaction.CommitAsync();
            Interlocked.Increment(ref batches);
            db.ChangeTracker.Clear();
            foreach (var p in batch) p.Done.TrySetResult();
        }
        catch (Exception e)
        {
            // A context or connection that failed mid-transaction is not trusted again: the next batch opens new ones.
            await CloseAsync();
            foreach (var p in batch) p.Done.TrySetException(e);
        }
    }

    // One context for all batches (only the writer uses it, one batch at a time): a context costs more to set up than a batch to write.
    private LicensingDbContext? context;

    private async Task<LicensingDbContext> OpenAsync()
    {
        if (context is not null) return context;
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            scope = scopes.CreateScope();
            return context = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync();
        }
        if (connection is null)
        {
            // Not pooled: the relaxed setting must never reach a connection that saves a decision.
            var own = new SqliteConnection(new SqliteConnectionStringBuilder(settings.SqliteConnectionString) { Pooling = false }.ToString());
            await own.OpenAsync();
            await using (var pragma = own.CreateCommand())
            {
                pragma.CommandText = "PRAGMA synchronous=NORMAL;";
                await pragma.ExecuteNonQueryAsync();
            }
            connection = own;
        }
        var options = new DbContextOptionsBuilder<LicensingDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly(DatabaseSettings.SqliteMigrations)).Options;
        return context = new LicensingDbContext(options, new AmbientActor(), clock);
    }

    private IServiceScope? scope;

    private async Task CloseAsync()
    {
        if (context is not null) await context.DisposeAsync();
        context = null;
        scope?.Dispose();
        scope = null;
        if (connection is not null) await connection.DisposeAsync();
        connection = null;
    }

    public async ValueTask DisposeAsync() => await CloseAsync();
}
