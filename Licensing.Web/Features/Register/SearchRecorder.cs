using System.Threading.Channels;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Register;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Register;

/// <summary>
/// Records partner searches with group commit: searches arriving together are written in one
/// transaction (each with its own audit entry and actor), and every request waits until its record is
/// committed, so no search goes unrecorded — but many share one disk flush instead of one each.
/// </summary>
public sealed class SearchRecorder(IServiceScopeFactory scopes)
{
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>();
    private readonly SemaphoreSlim writer = new(1, 1);

    private sealed record Pending(RegisterSearch Search, Actor Actor, TaskCompletionSource Done);

    public async Task RecordAsync(RegisterSearch search, Actor actor)
    {
        var pending = new Pending(search, actor, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        queue.Writer.TryWrite(pending);
        // Whoever holds the writer commits everything queued so far; the others wait for that commit.
        // Not cancellable: once asked, the search is recorded even if the caller has gone.
        while (!pending.Done.Task.IsCompleted)
        {
            await writer.WaitAsync();
            try
            {
                if (!pending.Done.Task.IsCompleted) await FlushAsync();
            }
            finally
            {
                writer.Release();
            }
        }
        await pending.Done.Task;
    }

    private async Task FlushAsync()
    {
        var batch = new List<Pending>();
        while (queue.Reader.TryRead(out var item)) batch.Add(item);
        if (batch.Count == 0) return;
        try
        {
            using var scope = scopes.CreateScope();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var group in batch.GroupBy(p => p.Actor))
            {
                using (SystemWork.As(group.Key))
                {
                    db.RegisterSearches.AddRange(group.Select(p => p.Search));
                    await db.SaveChangesAsync();
                }
            }
            await transaction.CommitAsync();
            foreach (var p in batch) p.Done.TrySetResult();
        }
        catch (Exception e)
        {
            foreach (var p in batch) p.Done.TrySetException(e);
        }
    }
}
