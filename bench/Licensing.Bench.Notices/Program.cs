using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Licensing.Bench.Notices -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Licensing.Bench.Notices.NoticeRendering).Assembly).Run(args);
