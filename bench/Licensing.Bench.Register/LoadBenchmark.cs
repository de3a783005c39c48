using System.Diagnostics;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Partners;
using Licensing.Web.Features.Register;
using Microsoft.Data.Sqlite;

namespace Licensing.Bench.Register;

/// <summary>
/// Register search over HTTP against a large SQLite register, side by side with a bare baseline (an
/// indexed lookup by licence number behind a minimal endpoint), in the same run on the same machine.
/// The product runs as its own process (Licensing.Web, Production settings); the baseline and the
/// load generator run here.
/// </summary>
internal static class LoadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var entries = int.Parse(args.ElementAtOrDefault(0) ?? "1000000");
        var seconds = int.Parse(args.ElementAtOrDefault(1) ?? "20");
        var concurrency = int.Parse(args.ElementAtOrDefault(2) ?? "8");
        var folder = Path.Combine(Path.GetTempPath(), "register-load-bench");
        Directory.CreateDirectory(folder);
        // "varied": names as varied as a real register's, rather than every person from 60 surnames and 45 forenames.
        var varied = args.Contains("varied");
        var dbPath = Path.Combine(folder, varied ? "register-varied.db" : "register.db");
        var csvPath = Path.Combine(folder, $"register-{entries}{(varied ? "-varied" : "")}.csv");

        Console.WriteLine($"Generating {entries:N0} entries{(varied ? " with varied names" : "")}...");
        var people = await SyntheticRegister.WriteAsync(csvPath, entries, varied);
        // "reuse" skips the import when the previous run left a database of this size (to re-measure the load only).
        var reuse = args.Contains("reuse") && File.Exists(dbPath) && File.Exists(dbPath + $".{entries}");
        var settings = reuse ? new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={dbPath}") : await BenchDatabase.CreateAsync(dbPath);
        if (!reuse)
        {
            var clock = Stopwatch.StartNew();
            await using (var db = DesignTime.Create(settings, Actor.System("register import")))
            using (var reader = new StreamReader(csvPath))
            {
                var result = await RegisterCsv.ImportAsync(db, reader);
                if (!result.Succeeded) throw new InvalidOperationException(result.Problems[0].ToString());
            }
            Console.WriteLine($"Import: {entries:N0} rows in {clock.Elapsed.TotalSeconds:0.0} s ({entries / clock.Elapsed.TotalSeconds:N0} rows/s)");
            await File.WriteAllTextAsync(dbPath + $".{entries}", "imported");
        }

        // Keys for the load: the rate limit is per key (at most 10,000 a minute), so the load spreads over
        // enough keys that no request is refused for its rate: this measures the server, not the limit.
        var keys = new List<string>();
        await using (var db = DesignTime.Create(settings, Actor.System("bench")))
        {
            var partner = PartnerAuthority.Create("Bench partner", $"E07{Random.Shared.Next(100_000_000):00000000}"[..9], null);
            db.PartnerAuthorities.Add(partner);
            for (var i = 0; i < 200; i++)
            {
                var (key, plain) = ApiKey.Issue(partner, $"bench {i}", [ApiScopes.RegisterSearch], 10_000, "bench", db.UtcNow);
                db.ApiKeys.Add(key);
                keys.Add(plain);
            }
            await db.SaveChangesAsync();
        }

        const string appUrl = "http://127.0.0.1:5193";
        const string baselineUrl = "http://127.0.0.1:5194";
        using var app = StartProduct(dbPath, appUrl);
        await using var baseline = await StartBaselineAsync(dbPath, baselineUrl);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await WaitForAsync(http, appUrl + "/health");
        // Measure the product as it runs once started: after the register's in-memory index has loaded.
        var loading = Stopwatch.StartNew();
        while (!(await http.GetStringAsync(appUrl + "/health")).Contains("entries in memory", StringComparison.Ordinal)) await Task.Delay(250);
        Console.WriteLine($"Register index loaded {loading.Elapsed.TotalSeconds:0.0} s after the product answered");

        // The probes are written out beforehand, so that the load generator, which shares the two cores with
        // the server it measures, spends as little as it can per request (the same for the baseline's URLs).
        var random = new Random(7);
        object Probe()
        {
            var p = people[random.Next(people.Count)];
            return random.Next(4) switch
            {
                0 => new { surname = p.Surname, forenames = p.Forenames, dateOfBirth = p.Dob.ToString("yyyy-MM-dd"), drivingLicenceNumber = (string?)p.Licence, purpose = "new-application" },
                1 => new { surname = p.Surname.ToUpperInvariant(), forenames = p.Forenames.Split(' ')[^1], dateOfBirth = p.Dob.AddDays(1).ToString("yyyy-MM-dd"), drivingLicenceNumber = (string?)null, purpose = "renewal" },
                2 => new { surname = p.Surname + "e", forenames = p.Forenames, dateOfBirth = p.Dob.ToString("yyyy-MM-dd"), drivingLicenceNumber = (string?)null, purpose = "review" },
                _ => new { surname = "Nobody", forenames = "Stranger", dateOfBirth = p.Dob.AddYears(-1).ToString("yyyy-MM-dd"), drivingLicenceNumber = (string?)null, purpose = "new-application" },
            };
        }
        var probes = Enumerable.Range(0, 8192).Select(_ => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Probe())).ToArray();
        var lookups = Enumerable.Range(0, 8192).Select(_ => new Uri($"{baselineUrl}/baseline?licence={people[random.Next(people.Count)].Licence}")).ToArray();
        var searchUri = new Uri(appUrl + "/api/v1/register/searches");
        var json = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var sent = 0;
        Console.WriteLine($"Load: {concurrency} concurrent clients, {seconds} s each, after a 5 s warm-up.");
        var productCpu = CpuSeconds(app.Id);
        var ownCpu = CpuSeconds(Environment.ProcessId);
        var searchLoad = await LoadAsync(http, concurrency, seconds, worker =>
        {
            var n = Interlocked.Increment(ref sent);
            var request = new HttpRequestMessage(HttpMethod.Post, searchUri) { Content = new ByteArrayContent(probes[n % probes.Length]) };
            request.Content.Headers.ContentType = json;
            request.Headers.Add("X-Api-Key", keys[n % keys.Count]);
            return request;
        });
        productCpu = CpuSeconds(app.Id) - productCpu;
        ownCpu = CpuSeconds(Environment.ProcessId) - ownCpu;
        var searches = searchLoad.Requests * (seconds + 5.0) / seconds;
        var looked = 0;
        var baselineLoad = await LoadAsync(http, concurrency, seconds, _ =>
            new HttpRequestMessage(HttpMethod.Get, lookups[Interlocked.Increment(ref looked) % lookups.Length]));

        Console.WriteLine();
        Console.WriteLine("| endpoint | requests | errors | per second | median ms | p99 ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine(searchLoad.Row("POST /api/v1/register/searches (product)"));
        Console.WriteLine(baselineLoad.Row("GET /baseline (indexed licence lookup)"));
        Console.WriteLine($"Search throughput is {100 * searchLoad.PerSecond / baselineLoad.PerSecond:0}% of the baseline's.");
        Console.WriteLine($"CPU per search (warm-up included): product {productCpu * 1e6 / searches:N0} µs, load generator {ownCpu * 1e6 / searches:N0} µs");
        Console.WriteLine($"The product's peak resident memory: {PeakMegabytes(app.Id):N0} MB");
        app.Kill(entireProcessTree: true);
        return 0;
    }

    /// <summary>User and system CPU a process has used so far (from /proc, in clock ticks of 1/100 s).</summary>
    private static double CpuSeconds(int pid)
    {
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
    }

    private static long PeakMegabytes(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).FirstOrDefault();

    private static Process StartProduct(string dbPath, string url)
    {
        // The product's own build output (its static web assets manifest lives there), same configuration as this run.
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../Licensing.Web/bin", configuration, "net10.0"));
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "Licensing.Web.dll")])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Licensing"] = $"Data Source={dbPath}";
        start.Environment["Storage__Folder"] = Path.GetDirectoryName(dbPath);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("app: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The bare baseline: one indexed lookup by licence number, no auth, no audit, no matching.</summary>
    private static async Task<WebApplication> StartBaselineAsync(string dbPath, string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connection = $"Data Source={dbPath};Mode=ReadOnly";
        app.MapGet("/baseline", async (string licence) =>
        {
            await using var db = new SqliteConnection(connection);
            await db.OpenAsync();
            await using var command = db.CreateCommand();
            command.CommandText = "SELECT e.\"Reference\" FROM \"RegisterMatchKeys\" k JOIN \"RegisterEntries\" e ON e.\"Id\" = k.\"EntryId\" WHERE k.\"Key\" = $key";
            command.Parameters.AddWithValue("$key", "L:" + licence);
            var found = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) found.Add(reader.GetString(0));
            return Results.Json(found);
        });
        await app.StartAsync();
        return app;
    }

    private static async Task WaitForAsync(HttpClient http, string url)
    {
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(500);
        }
        throw new TimeoutException("The product did not start");
    }

    private sealed record Load(int Requests, int Errors, double PerSecond, double Median, double P99)
    {
        public string Row(string name) => $"| {name} | {Requests:N0} | {Errors} | {PerSecond:N0} | {Median:0.0} | {P99:0.0} |";
    }

    private static async Task<Load> LoadAsync(HttpClient http, int concurrency, int seconds, Func<int, HttpRequestMessage> request)
    {
        async Task<(List<double> Latencies, int Errors)> RunAsync(int worker, TimeSpan length)
        {
            var latencies = new List<double>();
            var errors = 0;
            var until = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request(worker));
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode) errors++;
            }
            return (latencies, errors);
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => RunAsync(w, TimeSpan.FromSeconds(5))));
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => RunAsync(w, TimeSpan.FromSeconds(seconds))));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = results.SelectMany(r => r.Latencies).OrderBy(x => x).ToList();
        return new Load(all.Count, results.Sum(r => r.Errors), all.Count / elapsed, all[all.Count / 2], all[Math.Min(all.Count - 1, (int)(all.Count * 0.99))]);
    }
}
