namespace Licensing.Bench.Register;

internal static class LoadBenchmark
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(0);
}
