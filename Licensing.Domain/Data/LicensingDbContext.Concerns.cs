using Licensing.Domain.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Data;

public partial class LicensingDbContext
{
    public DbSet<Concern> Concerns => Set<Concern>();
    public DbSet<ConcernIdentifier> ConcernIdentifiers => Set<ConcernIdentifier>();
    public DbSet<ConcernAttachment> ConcernAttachments => Set<ConcernAttachment>();

    /// <summary>The next concern reference this year, like CN-2026-0042.</summary>
    public async Task<string> NextConcernReferenceAsync(CancellationToken ct = default)
    {
        var prefix = $"CN-{Today.Year}-";
        var count = await Concerns.CountAsync(c => c.Reference.StartsWith(prefix), ct);
        return $"{prefix}{count + 1:D4}";
    }
}
