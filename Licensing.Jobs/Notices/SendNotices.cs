using Hangfire;
using Licensing.Domain.Jobs;
using Licensing.Jobs.Scheduling;

namespace Licensing.Jobs.Notices;

/// <summary>The recurring run of the outbox sender, logged on the jobs page like every other job.</summary>
[DisableConcurrentExecution(10 * 60)]
public sealed class SendNotices(NoticeDispatcher dispatcher, JobRunLog log) : ILicensingJob
{
    public const string Name = "send-notices";

    public Task RunAsync(CancellationToken ct) => log.RecordAsync(Name, async token =>
    {
        var r = await dispatcher.RunAsync(token);
        return JobResult.Of(r.Sent, "emails sent", r.Held + r.FellBackToPost,
            $"{r.Retrying} to retry, {r.Held} held for an officer, {r.FellBackToPost} moved to the post queue, {r.Withdrawn} withdrawn (the notice was served another way)");
    }, ct);
}
