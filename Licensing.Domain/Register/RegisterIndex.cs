using System.Data.Common;
using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Register;

/// <summary>
/// The register's blocking keys and candidate fields held in memory, so a search compares candidates
/// without reading the database. The database stays the record: the audit trail is the change feed
/// (every change to an entry writes an audit entry, and audit ids grow in commit order because the
/// audit chain's lock is held until commit), and before each search the index applies every change
/// committed since it last looked — by any process, the CLI import included. Until the first load
/// finishes, or while a large change is being reloaded, searches read the database instead
/// (<see cref="RegisterLookup"/>), so a search is never answered from a stale register.
/// </summary>
/// <param name="patchLimit">Past this many changed entries since the last look, reload everything rather than patch.</param>
public sealed partial class RegisterIndex(DatabaseSettings settings, int patchLimit = 5000)
{
    private const int MaxCandidates = 2000;

    private readonly object gate = new();
    private readonly SemaphoreSlim catchingUp = new(1, 1);
    private Snapshot? current;
    private Task? reload;
    private DateTime lastFailedAt = DateTime.MinValue;

    /// <summary>Whether searches are answered from memory (false until loaded, and during a reload).</summary>
    public bool IsLoaded => Volatile.Read(ref current) is not null;

    public int Count => Volatile.Read(ref current)?.Count ?? 0;

    /// <summary>How many times the whole register has been loaded (start-up, and after each change too large to patch).</summary>
    public int Loads => loads;
    private int loads;

    /// <summary>The register search: from memory when loaded, from the database otherwise; the same answers either way.</summary>
    public async Task<IReadOnlyList<RegisterMatch>> FindAsync(LicensingDbContext db, RegisterIdentity asked, CancellationToken ct = default) =>
        await TryFindAsync(asked, ct) ?? await RegisterLookup.FindAsync(db, asked, ct);

    /// <summary>The search from memory; null when the database must answer (not loaded yet, or reloading after a large change).</summary>
    public async Task<IReadOnlyList<RegisterMatch>?> TryFindAsync(RegisterIdentity asked, CancellationToken ct = default)
    {
        if (Volatile.Read(ref current) is null || !await CatchUpAsync(ct))
        {
            _ = StartLoad(); // in the background: this search reads the database
            return null;
        }
        if (Volatile.Read(ref current) is not { } snapshot) return null;
        var who = new Asked(asked);
        return RegisterLookup.Rank(who.Forms, snapshot.Candidates(who, MaxCandidates));
    }

    // Saves in this process say when they change the register, so the next search here looks at once;
    // changes by another process (the CLI import, another server) are looked for at least this often.
    private static long changesSignalled;
    private static readonly long LookEvery = System.Diagnostics.Stopwatch.Frequency / 20;
    private long signalSeen = -1;
    private long lookedAt;

    /// <summary>Called by the database context after a save that changed a register entry.</summary>
    public static void RegisterChanged() => Interlocked.Increment(ref changesSignalled);

    /// <summary>Loads the whole register (start-up; or after a change too large to patch). Searches read the database meanwhile.</summary>
    public async Task LoadAsync(LicensingDbContext db, CancellationToken ct = default)
    {
        // Read the feed's position first: anything committed after it is applied by the next catch-up (re-applying is harmless).
        var seen = await LastChangeAsync(ct);
        var snapshot = new Snapshot(seen);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(string s)
        {
            if (pool.TryGetValue(s, out var kept)) return kept;
            pool[s] = s;
            return s;
        }
        await foreach (var c in RegisterLookup.Candidates(db.RegisterEntries.AsNoTracking()).AsAsyncEnumerable().WithCancellation(ct))
            snapshot.Put(Interned(c, Intern), Intern);
        snapshot.Freeze();
        Volatile.Write(ref current, snapshot);
        Interlocked.Increment(ref loads);
    }

    /// <summary>Starts loading in the background unless loaded or a load is under way; searches read the database meanwhile.</summary>
    public Task StartLoad()
    {
        lock (gate)
        {
            if (reload is { IsCompleted: false }) return reload;
            if (Volatile.Read(ref current) is not null) return Task.CompletedTask;
            // A load that failed (database not migrated yet, say) is retried, but not on every search.
            if (reload is { IsFaulted: true } && DateTime.UtcNow - lastFailedAt < TimeSpan.FromSeconds(30)) return reload;
            return reload = Task.Run(async () =>
            {
                try
                {
                    await using var db = DesignTime.Create(settings, Audit.Actor.System("register index"));
                    await LoadAsync(db);
                }
                catch
                {
                    lastFailedAt = DateTime.UtcNow;
                    throw;
                }
            });
        }
    }

    /// <summary>Applies changes committed since the last look; false when there were too many to patch (the caller reads the database).</summary>
    private async Task<bool> CatchUpAsync(CancellationToken ct)
    {
        var signal = Interlocked.Read(ref changesSignalled);
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        if (signal == Interlocked.Read(ref signalSeen) && now - Interlocked.Read(ref lookedAt) < LookEvery)
            return Volatile.Read(ref current) is not null;

        var last = await LastChangeAsync(ct);
        Interlocked.Exchange(ref signalSeen, signal);
        Interlocked.Exchange(ref lookedAt, now);
        var snapshot = Volatile.Read(ref current);
        if (snapshot is null) return false;
        if (last <= snapshot.Seen) return true;

        await catchingUp.WaitAsync(ct);
        try
        {
            snapshot = Volatile.Read(ref current);
            if (snapshot is null) return false;
            if (last <= snapshot.Seen) return true;
            await using var db = DesignTime.Create(settings, Audit.Actor.System("register index"));
            var changed = await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == nameof(RegisterEntry) && a.Id > snapshot.Seen && a.Id <= last)
                .Select(a => a.EntityId).Distinct().Take(patchLimit + 1).ToListAsync(ct);
            if (changed.Count > patchLimit)
            {
                Volatile.Write(ref current, null);
                return false;
            }
            var ids = changed.Select(Guid.Parse).ToList();
            var entries = await RegisterLookup.Candidates(db.RegisterEntries.AsNoTracking().Where(e => ids.Contains(e.Id))).ToListAsync(ct);
            snapshot.Patch(ids, entries, last);
            return true;
        }
        finally
        {
            catchingUp.Release();
        }
    }

    // A bare connection: this runs before every search that has not looked for a while, and an EF context costs more than the query.
    private DbConnection OpenConnection() => settings.Provider == DatabaseProvider.SqlServer
        ? new Microsoft.Data.SqlClient.SqlConnection(settings.ConnectionString)
        : new Microsoft.Data.Sqlite.SqliteConnection(settings.SqliteConnectionString);

    /// <summary>Runs on both providers as written.</summary>
    internal const string LastChangeSql = "SELECT MAX(\"Id\") FROM \"AuditEntries\" WHERE \"EntityType\" = 'RegisterEntry'";

    /// <summary>The audit id of the latest change to a register entry: where the change feed stands.</summary>
    private async Task<long> LastChangeAsync(CancellationToken ct)
    {
        await using var connection = OpenConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = LastChangeSql;
        return await command.ExecuteScalarAsync(ct) is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    // A large register repeats authority names and common names many times over: keep one copy of each.
    private static RegisterCandidate Interned(RegisterCandidate c, Func<string, string> intern) => c with
    {
        AuthorityCode = intern(c.AuthorityCode),
        AuthorityName = intern(c.AuthorityName),
        Identity = c.Identity with { Surname = intern(c.Identity.Surname), Forenames = intern(c.Identity.Forenames) },
    };
}
