using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Register;

/// <summary>Register settings, bound from the "Register" section.</summary>
public sealed class RegisterOptions
{
    public const string Section = "Register";
    /// <summary>The 2022 Act's statutory guidance: entries are kept for 11 years, then reviewed.</summary>
    public int RetentionYears { get; set; } = 11;
}

/// <summary>
/// Entries past the retention period are flagged for an administrator to review (delete, or keep with
/// a reason); nothing is deleted silently, because a wrongly deleted entry lets a refused driver through.
/// </summary>
public static class RegisterRetention
{
    public static async Task<int> FlagDueAsync(LicensingDbContext db, int retentionYears, CancellationToken ct = default)
    {
        var cutoff = db.Today.AddYears(-retentionYears);
        var due = await db.RegisterEntries.Where(e => e.RetentionReviewDueSince == null && e.DecisionDate <= cutoff).ToListAsync(ct);
        var flagged = due.Count(e => e.FlagIfRetentionDue(db.Today, retentionYears));
        if (flagged > 0) await db.SaveChangesAsync(ct);
        return flagged;
    }
}
