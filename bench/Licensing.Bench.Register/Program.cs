using Licensing.Bench.Register;

// dotnet run -c Release --project bench/Licensing.Bench.Register -- matching [register.csv probes.csv]
// dotnet run -c Release --project bench/Licensing.Bench.Register -- load [entries] [seconds] [concurrency]
// dotnet run -c Release --project bench/Licensing.Bench.Register -- profile [searches] [index]   (after a load run; "index": the index's search only)
// dotnet run -c Release --project bench/Licensing.Bench.Register -- record [searches=20000] [callers=16]
return args.FirstOrDefault() switch
{
    "matching" => await MatchingEvaluation.RunAsync(args.Skip(1).ToArray()),
    "load" => await LoadBenchmark.RunAsync(args.Skip(1).ToArray()),
    "profile" => await StageProfile.RunAsync(args.Skip(1).ToArray()),
    "record" => await RecordBenchmark.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: matching [register.csv probes.csv] | load [entries=1000000] [seconds=20] [concurrency=8] | profile [searches] [index] | record [searches=20000] [callers=16]");
    return 2;
}
