using System.Diagnostics;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Register;
using Licensing.Web.Features.Register;

namespace Licensing.Bench.Register;

/// <summary>
/// Imports a register file and runs a probe file through the same search the API uses, reporting per
/// kind of probe: recall (the expected entry found, any band), strong recall, and for probes that must
/// not match, how many got a strong (or any) match.
/// </summary>
internal static class MatchingEvaluation
{
    public static async Task<int> RunAsync(string[] args)
    {
        var register = args.ElementAtOrDefault(0) ?? "/work/shared/data/matching-dev/register.csv";
        var probes = args.ElementAtOrDefault(1) ?? Path.Combine(Path.GetDirectoryName(register)!, "probes.csv");
        var settings = await BenchDatabase.CreateAsync(Path.Combine(Path.GetTempPath(), "register-matching-bench.db"));
        await using var db = DesignTime.Create(settings, Actor.System("matching evaluation"));

        var clock = Stopwatch.StartNew();
        using (var reader = new StreamReader(register))
        {
            var result = await RegisterCsv.ImportAsync(db, reader);
            if (!result.Succeeded)
            {
                foreach (var p in result.Problems.Take(20)) Console.Error.WriteLine(p);
                return 1;
            }
            Console.WriteLine($"Imported {result.Created} entries in {clock.Elapsed.TotalSeconds:0.0} s");
        }

        // The product's search: the in-memory index, loaded as at start-up.
        var index = new RegisterIndex(settings);
        await index.LoadAsync(db);

        var rows = Rfc4180.Read(new StreamReader(probes)).ToList();
        var header = rows[0].Fields;
        int Col(string name) => Array.IndexOf(header, name);
        var stats = new SortedDictionary<string, Stats>();
        var misses = new List<string>();
        var latencies = new List<double>();
        foreach (var row in rows.Skip(1))
        {
            var f = row.Fields;
            var kind = f[Col("kind")];
            var expected = f[Col("expected_reference")];
            var who = new RegisterIdentity(f[Col("surname")], f[Col("forenames")],
                f[Col("previous_surnames")].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                DateOnly.Parse(f[Col("date_of_birth")]), f[Col("driving_licence_number")] is { Length: > 0 } l ? l : null);
            var started = Stopwatch.GetTimestamp();
            var matches = await index.FindAsync(db, who);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var s = stats.TryGetValue(kind, out var existing) ? existing : stats[kind] = new Stats(expected.Length > 0);
            s.Count++;
            if (expected.Length > 0)
            {
                var hit = matches.FirstOrDefault(m => m.RegisterReference == expected);
                if (hit is not null) s.Found++;
                else misses.Add($"{f[0]} {kind}: {who} expected {expected}");
                if (hit?.Band is MatchBand.Exact or MatchBand.Strong) s.Strong++;
                if (matches.Any(m => m.RegisterReference != expected && m.Band is MatchBand.Exact or MatchBand.Strong)) s.OtherStrong++;
            }
            else
            {
                if (matches.Any(m => m.Band is MatchBand.Exact or MatchBand.Strong)) s.Strong++;
                if (matches.Count > 0) s.Found++;
            }
        }

        Console.WriteLine();
        Console.WriteLine("| kind | probes | found (any band) | exact/strong | wrong entry strong |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (kind, s) in stats.Where(s => s.Value.ShouldMatch))
            Console.WriteLine($"| {kind} | {s.Count} | {s.Found} ({Pct(s.Found, s.Count)}) | {s.Strong} ({Pct(s.Strong, s.Count)}) | {s.OtherStrong} |");
        Console.WriteLine();
        Console.WriteLine("| kind (must not match) | probes | any match | strong match |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (kind, s) in stats.Where(s => !s.Value.ShouldMatch))
            Console.WriteLine($"| {kind} | {s.Count} | {s.Found} ({Pct(s.Found, s.Count)}) | {s.Strong} ({Pct(s.Strong, s.Count)}) |");
        var positive = stats.Values.Where(s => s.ShouldMatch).ToList();
        var negative = stats.Values.Where(s => !s.ShouldMatch).ToList();
        Console.WriteLine();
        Console.WriteLine($"Recall: {Pct(positive.Sum(s => s.Found), positive.Sum(s => s.Count))} of {positive.Sum(s => s.Count)} probes on the register; " +
                          $"false strong: {Pct(negative.Sum(s => s.Strong), negative.Sum(s => s.Count))} of {negative.Sum(s => s.Count)} probes not on it.");
        latencies.Sort();
        Console.WriteLine($"In-process search latency: median {latencies[latencies.Count / 2]:0.00} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0.00} ms");
        if (args.Contains("--misses")) foreach (var m in misses) Console.WriteLine(m);
        return 0;
    }

    private static string Pct(int n, int d) => d == 0 ? "-" : $"{100.0 * n / d:0.0}%";

    private sealed class Stats(bool shouldMatch)
    {
        public bool ShouldMatch { get; } = shouldMatch;
        public int Count { get; set; }
        public int Found { get; set; }
        public int Strong { get; set; }
        public int OtherStrong { get; set; }
    }
}
