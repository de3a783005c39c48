using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Audit;

/// <summary>
/// Checks the audit trail has not been altered behind the product's back: each entry's hash must match
/// its content, and each must carry the hash of the entry before it.
/// </summary>
public static class AuditChain
{
    public sealed record Result(long Checked, long? FirstBrokenId, string? Problem)
    {
        public bool Intact => FirstBrokenId is null;
    }

    public static async Task<Result> VerifyAsync(LicensingDbContext db, CancellationToken ct = default)
    {
        var previous = "";
        long count = 0;
        // Streamed in id order so a large trail is checked without loading it all.
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (entry.PreviousHash != previous)
                return new Result(count, entry.Id, $"Entry {entry.Id} does not follow entry before it: an entry was removed, inserted or reordered");
            if (entry.ComputeHash() != entry.Hash)
                return new Result(count, entry.Id, $"Entry {entry.Id} ({entry.Summary}) was changed after it was written");
            previous = entry.Hash;
        }
        return new Result(count, null, null);
    }
}
