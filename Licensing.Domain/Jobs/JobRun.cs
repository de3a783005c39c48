namespace Licensing.Domain.Jobs;

/// <summary>
/// One run of a background job: when it started and finished, how it ended, and what it did in a line
/// a manager can read ("12 reminders sent, 1 failed"). Written by the job itself, so the jobs page
/// shows the product's own account of its work, not only the scheduler's.
/// </summary>
public sealed class JobRun
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string JobName { get; private set; } = "";
    public DateTime StartedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    public JobOutcome Outcome { get; private set; } = JobOutcome.Running;
    public string Summary { get; private set; } = "";
    /// <summary>Items the run changed (reminders sent, licences expired, tasks raised...).</summary>
    public int Done { get; private set; }
    /// <summary>Items a rule refused; the rest of the run carried on.</summary>
    public int Failed { get; private set; }

    private JobRun() { }

    public static JobRun Start(string jobName, DateTime nowUtc) => new() { JobName = jobName, StartedAt = nowUtc };

    public void Finish(DateTime nowUtc, JobResult result)
    {
        FinishedAt = nowUtc;
        Done = result.Done;
        Failed = result.Failed;
        Summary = Truncate(result.Summary);
        Outcome = result.Failed > 0 ? JobOutcome.PartlyFailed : JobOutcome.Succeeded;
    }

    /// <summary>The run stopped on an error; the scheduler will retry it.</summary>
    public void Fail(DateTime nowUtc, string error)
    {
        FinishedAt = nowUtc;
        Outcome = JobOutcome.Failed;
        Summary = Truncate($"Stopped: {error}");
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..497] + "...";
}

public enum JobOutcome { Running, Succeeded, PartlyFailed, Failed }

/// <summary>What a run did: counts and the one-line summary shown on the jobs page.</summary>
public sealed record JobResult(int Done, int Failed, string Summary)
{
    public static JobResult Of(int done, string doneWords, int failed = 0, string? extra = null)
    {
        var summary = $"{done} {doneWords}";
        if (failed > 0) summary += $", {failed} failed";
        if (!string.IsNullOrWhiteSpace(extra)) summary += $"; {extra}";
        return new JobResult(done, failed, summary);
    }

    public JobResult And(JobResult other) =>
        new(Done + other.Done, Failed + other.Failed, string.Join("; ", new[] { Summary, other.Summary }.Where(s => s.Length > 0)));
}
