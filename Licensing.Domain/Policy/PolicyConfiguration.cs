using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Domain.Policy;

internal sealed class PolicyVersionConfiguration : IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<PolicyVersion> b)
    {
        b.ToTable("PolicyVersions");
        b.Property(p => p.Label).HasMaxLength(60);
        b.Property(p => p.CreatedBy).HasMaxLength(200);
        b.Property(p => p.ChangeNote).HasMaxLength(2000);
        b.HasIndex(p => p.Label).IsUnique();
        b.HasMany(p => p.Rows).WithOne().HasForeignKey(r => r.PolicyVersionId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(p => p.Rows).AutoInclude();
        // Every database starts with the Institute of Licensing table, so there is always a policy in force.
        b.HasData(new
        {
            Id = PolicyVersion.SeedId, Label = PolicyVersion.SeedLabel, EffectiveFrom = new DateOnly(2018, 4, 1),
            CreatedAt = new DateTime(2018, 4, 1, 0, 0, 0, DateTimeKind.Utc), CreatedBy = "Shipped default (Institute of Licensing, April 2018)",
            ChangeNote = "The Institute of Licensing's guidance on determining the suitability of applicants and licensees (2018), as summarised in DOMAIN.md.",
        });
    }
}

internal sealed class PolicyRowConfiguration : IEntityTypeConfiguration<PolicyRow>
{
    public void Configure(EntityTypeBuilder<PolicyRow> b)
    {
        b.ToTable("PolicyRows");
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Code).HasMaxLength(60);
        b.Property(r => r.Description).HasMaxLength(500);
        b.HasIndex(r => new { r.PolicyVersionId, r.Code }).IsUnique();
        b.HasData(PolicyVersion.InstituteOfLicensing2018.Select((d, i) => new
        {
            Id = new Guid($"0191f000-0000-7000-8000-1000000000{i:D2}"), PolicyVersionId = PolicyVersion.SeedId, Position = i,
            d.Code, d.Description, d.Presumption, d.Years, d.Grounds, d.Unverified,
        }));
    }
}

public static class PolicyQueries
{
    /// <summary>
    /// The version in force today: the latest effective one, the most recently created on a tie. It knows the
    /// categories earlier versions had and it dropped, so a record filed under one is still assessed (NOTICES.md).
    /// </summary>
    public static async Task<PolicyVersion> CurrentPolicyAsync(this LicensingDbContext db, CancellationToken ct = default)
    {
        var current = await InForce(db).FirstOrDefaultAsync(ct)
               ?? throw new InvalidOperationException("No suitability policy is in force: the shipped policy should be in every database");
        var (from, created) = (current.EffectiveFrom, current.CreatedAt);
        var codes = current.Rows.Select(r => r.Code).ToList();
        // Only the earlier versions that had a category this one dropped: usually none, so nothing more is loaded.
        var earlier = await db.PolicyVersions.AsNoTracking()
            .Where(p => (p.EffectiveFrom < from || (p.EffectiveFrom == from && p.CreatedAt < created)) && p.Rows.Any(r => !codes.Contains(r.Code)))
            .OrderBy(p => p.EffectiveFrom).ThenBy(p => p.CreatedAt).ToListAsync(ct);
        current.RememberEarlier(earlier);
        return current;
    }

    /// <summary>The label of the version in force today, for a decision to name (DESIGN.md) without loading the table.</summary>
    public static Task<string> CurrentPolicyLabelAsync(this LicensingDbContext db, CancellationToken ct = default) =>
        InForce(db).Select(p => p.Label).FirstAsync(ct);

    private static IQueryable<PolicyVersion> InForce(LicensingDbContext db)
    {
        var today = db.Today;
        return db.PolicyVersions.Where(p => p.EffectiveFrom <= today).OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.CreatedAt);
    }

    /// <summary>The version saved most recently, whatever its date in force: what an edit must not silently undo.</summary>
    public static Task<PolicyVersion> NewestPolicyAsync(this LicensingDbContext db, CancellationToken ct = default) =>
        db.PolicyVersions.AsNoTracking().OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).FirstAsync(ct);
}

/// <summary>An administrator's new version of the suitability policy.</summary>
public static class NewPolicyVersion
{
    /// <summary>
    /// Saves the edit. <paramref name="newestSeen"/> is the newest version when the administrator opened the
    /// editor: if another has been saved since, this edit (made without seeing it) is refused rather than
    /// silently undoing it.
    /// </summary>
    public static async Task<PolicyVersion> SaveAsync(LicensingDbContext db, Guid newestSeen, string? label, DateOnly effectiveFrom, IEnumerable<PolicyRowDraft> rows,
        string by, string? note, CancellationToken ct = default)
    {
        var newest = await db.NewestPolicyAsync(ct);
        if (newest.Id != newestSeen)
            throw new DomainRuleException($"Your change was not saved: version {newest.Label} of the policy was saved by {newest.CreatedBy} at {LondonTime.Format(newest.CreatedAt)} after you opened this page. " +
                                          "Reload the page to see it, then make your change again.");
        var wanted = label?.Trim() ?? "";
        if (await db.PolicyVersions.AnyAsync(v => v.Label == wanted, ct)) throw new DomainRuleException($"There is already a version labelled {wanted}", "Label");
        if (effectiveFrom < db.Today) throw new DomainRuleException("A new version cannot take effect in the past: decisions already made keep their version", "EffectiveFrom");
        var version = PolicyVersion.Create(wanted, effectiveFrom, rows, by, db.UtcNow, note);
        db.PolicyVersions.Add(version);
        await db.SaveChangesAsync(ct);
        return version;
    }
}
