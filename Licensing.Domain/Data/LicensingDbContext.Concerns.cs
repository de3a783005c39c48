using Licensing.Domain.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Data;

public partial class LicensingDbContext
{
    public DbSet<Concern> Concerns => Set<Concern>();
    public DbSet<ConcernIdentifier> ConcernIdentifiers => Set<ConcernIdentifier>();
    public DbSet<ConcernAttachment> ConcernAttachments => Set<ConcernAttachment>();

    /// <summary>The next concern reference this year, like CN-2026-0042.</summary>
    public Task<string> NextConcernReferenceAsync(CancellationToken ct = default) =>
        NextReferenceAsync($"CN-{Today.Year}-", 4, Concerns.Select(c => c.Reference), ct);
}
