using Licensing.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Data;

public partial class LicensingDbContext
{
    public DbSet<ReviewCase> ReviewCases => Set<ReviewCase>();

    /// <summary>The next review reference this year, like RC-2026-0007.</summary>
    public Task<string> NextReviewReferenceAsync(CancellationToken ct = default) =>
        NextReferenceAsync($"RC-{Today.Year}-", 4, ReviewCases.Select(c => c.Reference), ct);
}
