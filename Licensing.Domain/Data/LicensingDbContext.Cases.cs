using Licensing.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Data;

public partial class LicensingDbContext
{
    public DbSet<ReviewCase> ReviewCases => Set<ReviewCase>();

    /// <summary>The next review reference this year, like RC-2026-0007.</summary>
    public async Task<string> NextReviewReferenceAsync(CancellationToken ct = default)
    {
        var prefix = $"RC-{Today.Year}-";
        var count = await ReviewCases.CountAsync(c => c.Reference.StartsWith(prefix), ct);
        return $"{prefix}{count + 1:D4}";
    }
}
