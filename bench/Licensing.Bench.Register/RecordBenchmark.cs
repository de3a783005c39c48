using System.Diagnostics;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Register;
using Licensing.Web.Features.Register;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Bench.Register;

/// <summary>
/// What recording a search costs: N searches through the partner API's <see cref="SearchRecorder"/>
/// (group commit, each with its audit entry) on a fresh SQLite file, from a few concurrent callers as
/// requests would arrive, so searches share commits. Prints wall time and this process's CPU per search.
/// </summary>
internal static class RecordBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = int.Parse(args.ElementAtOrDefault(0) ?? "20000");
        var callers = int.Parse(args.ElementAtOrDefault(1) ?? "16");
        var folder = Path.Combine(Path.GetTempPath(), "register-record-bench");
        Directory.CreateDirectory(folder);
        var settings = await BenchDatabase.CreateAsync(Path.Combine(folder, "record.db"));
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var recorder = new SearchRecorder(settings, services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);

        var query = new RegisterQuery("Khan", "Asif", ["Ahmed"], new DateOnly(1980, 3, 14), "KHAN9803140A99AB", SearchPurpose.NewApplication, "APP-2026-0001");
        var match = new RegisterMatch(Guid.CreateVersion7(), "E07000001-000123", "E07000001", "Northshire", RegisterDecision.Revocation,
            new DateOnly(2024, 5, 1), Licensing.Domain.Licensees.LicenceType.PrivateHireDriver, MatchBand.Strong, 0.97, ["date of birth"]);
        var partner = new Actor("partner:E07000211", "Kingsmere Council");

        async Task RecordAsync(int n)
        {
            var next = 0;
            await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
            {
                while (Interlocked.Increment(ref next) <= n)
                    await recorder.RecordAsync(RegisterSearch.Of(query, [match], SearchChannel.PartnerApi, "E07000211", partner, DateTime.UtcNow), partner);
            })));
        }

        await RecordAsync(Math.Min(2000, count)); // warm-up: JIT, the connection, prepared statements
        var batches = recorder.Batches;
        var cpu = CpuSeconds();
        var started = Stopwatch.GetTimestamp();
        await RecordAsync(count);
        var wall = Stopwatch.GetElapsedTime(started);
        var used = CpuSeconds() - cpu;
        Console.WriteLine($"Recorded {count:N0} searches from {callers} callers in {recorder.Batches - batches:N0} commits " +
            $"({count / (double)(recorder.Batches - batches):0.0} a commit) in {wall.TotalSeconds:0.00} s");
        Console.WriteLine($"  wall {wall.TotalMicroseconds / count:N1} µs a search, process CPU {used * 1e6 / count:N1} µs a search");

        // Its parts, one thread, no waiting: making the record, and writing it in batches of 16 without the group commit around it.
        Measure("making the record (RegisterSearch.Of)", count, () =>
        {
            for (var i = 0; i < count; i++) RegisterSearch.Of(query, [match], SearchChannel.PartnerApi, "E07000211", partner, DateTime.UtcNow);
        });
        var searches = Enumerable.Range(0, count).Select(_ => (RegisterSearch.Of(query, [match], SearchChannel.PartnerApi, "E07000211", partner, DateTime.UtcNow), partner)).ToList();
        await using var db = DesignTime.Create(settings, partner);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL");
        using var log = new SqliteAuditedLog<RegisterSearch>(connection, db.Model);
        Measure("writing it, 16 to a commit (SqliteAuditedLog, synchronous=NORMAL as the recorder)", count, () =>
        {
            foreach (var chunk in searches.Chunk(16)) log.Append(chunk, DateTime.UtcNow);
        });
        return 0;
    }

    private static void Measure(string what, int count, Action action)
    {
        var cpu = CpuSeconds();
        var allocated = GC.GetTotalAllocatedBytes();
        var started = Stopwatch.GetTimestamp();
        action();
        Console.WriteLine($"{what}: wall {Stopwatch.GetElapsedTime(started).TotalMicroseconds / count:N1} µs, CPU {(CpuSeconds() - cpu) * 1e6 / count:N1} µs, " +
            $"{(GC.GetTotalAllocatedBytes() - allocated) / count:N0} bytes allocated a search");
    }

    /// <summary>This process's user and system CPU so far (from /proc, in clock ticks of 1/100 s).</summary>
    private static double CpuSeconds()
    {
        var fields = File.ReadAllText("/proc/self/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
    }
}
