using System.Diagnostics;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Register;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Bench.Register;

/// <summary>
/// Where a search's time goes, stage by stage, in this process on the database the load benchmark left:
/// keys, candidates from the index, comparison, and recording the search. For finding the next thing
/// to make faster; the load benchmark gives the figures that count.
/// </summary>
internal static class StageProfile
{
    public static async Task<int> RunAsync(string[] args)
    {
        var dbPath = Path.Combine(Path.GetTempPath(), "register-load-bench", "register.db");
        var count = int.Parse(args.ElementAtOrDefault(0) ?? "5000");
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={dbPath}");
        await using var db = DesignTime.Create(settings, Actor.System("profile"));
        var people = await db.RegisterEntries.AsNoTracking().OrderBy(e => e.Id).Take(20_000)
            .Select(e => new RegisterIdentity(e.Surname, e.Forenames, e.PreviousSurnames, e.DateOfBirth, e.DrivingLicenceNumber)).ToListAsync();
        var random = new Random(7);
        var probes = Enumerable.Range(0, count).Select(_ => people[random.Next(people.Count)]).Select((p, i) => (i % 3) switch
        {
            0 => p,
            1 => p with { DrivingLicenceNumber = null, Forenames = p.Forenames.Split(' ')[^1] },
            _ => p with { Surname = p.Surname + "e", DrivingLicenceNumber = null },
        }).ToList();

        var clock = Stopwatch.StartNew();
        var index = new RegisterIndex(settings);
        await index.LoadAsync(db);
        Console.WriteLine($"Index load: {index.Count:N0} entries in {clock.Elapsed.TotalSeconds:0.0} s, managed heap {GC.GetTotalMemory(true) / 1048576:N0} MB");

        Time("keys for the database search (MatchKeys.ForSearch; the fallback while the index loads)", () => { foreach (var p in probes) MatchKeys.ForSearch(p); });
        var candidates = 0;
        // Twice over first, so the code measured is the runtime's fully optimised compilation, as in a server that has been running.
        for (var round = 0; round < 2; round++) foreach (var p in probes) await index.FindAsync(db, p);
        await TimeAsync("whole search from the index", async () => { foreach (var p in probes) candidates += (await index.FindAsync(db, p)).Count; });
        Console.WriteLine($"  {candidates / (double)probes.Count:0.0} matches a search");
        if (args.Contains("index")) return 0; // the index's search only, for quick comparisons
        await TimeAsync("whole search from the database", async () => { foreach (var p in probes.Take(500)) await RegisterLookup.FindAsync(db, p); }, 500);

        var query = new RegisterQuery("Khan", "Asif", [], new DateOnly(1980, 3, 14), null, SearchPurpose.NewApplication);
        await TimeAsync("record one search (its own save, audited)", async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                await using var own = DesignTime.Create(settings, Actor.System("profile"));
                var (search, _) = await RegisterSearch.FindAsync(own, index, query, SearchChannel.PartnerApi, "E07000001");
                own.RegisterSearches.Add(search);
                await own.SaveChangesAsync();
            }
        }, 200);
        await TimeAsync("record searches eight to a save", async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                await using var own = DesignTime.Create(settings, Actor.System("profile"));
                for (var j = 0; j < 8; j++) own.RegisterSearches.Add((await RegisterSearch.FindAsync(own, index, query, SearchChannel.PartnerApi, "E07000001")).Search);
                await own.SaveChangesAsync();
            }
        }, 400);
        await TimeAsync("record searches eight to a save, synchronous=NORMAL", async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                await using var own = DesignTime.Create(settings, Actor.System("profile"));
                await own.Database.OpenConnectionAsync();
                await own.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL");
                for (var j = 0; j < 8; j++) own.RegisterSearches.Add((await RegisterSearch.FindAsync(own, index, query, SearchChannel.PartnerApi, "E07000001")).Search);
                await own.SaveChangesAsync();
                await own.Database.ExecuteSqlRawAsync("PRAGMA synchronous=FULL");
            }
        }, 400);
        await TimeAsync("find only (index), for the above", async () =>
        {
            for (var i = 0; i < 400; i++) await RegisterSearch.FindAsync(db, index, query, SearchChannel.PartnerApi, "E07000001");
        }, 400);
        return 0;

        void Time(string what, Action action, int n = 0)
        {
            n = n == 0 ? probes.Count : n;
            var started = Stopwatch.GetTimestamp();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var (gcs, paused) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
            action();
            Console.Write($"[{GC.CollectionCount(0) - gcs} GCs, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms] ");
            Report(what, started, cpu, n);
        }

        // CPU time as well as elapsed: on a shared machine the elapsed time includes waiting for a core.
        static void Report(string what, long started, TimeSpan cpu, int n) =>
            Console.WriteLine($"{what}: {Stopwatch.GetElapsedTime(started).TotalMicroseconds / n:N0} µs each ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / n:N0} µs of CPU)");

        async Task TimeAsync(string what, Func<Task> action, int n = 0)
        {
            n = n == 0 ? probes.Count : n;
            var started = Stopwatch.GetTimestamp();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var (gcs, paused) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
            await action();
            Console.Write($"[{GC.CollectionCount(0) - gcs} GCs, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms] ");
            Report(what, started, cpu, n);
        }
    }
}
