namespace Licensing.Jobs.Scheduling;

/// <summary>A recurring job: Hangfire calls <see cref="RunAsync"/> (with its own shutdown token) on the job's schedule.</summary>
public interface ILicensingJob
{
    Task RunAsync(CancellationToken ct);
}
