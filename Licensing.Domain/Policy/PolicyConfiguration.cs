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
    /// <summary>The version in force today: the latest effective one, the most recently created on a tie.</summary>
    public static async Task<PolicyVersion> CurrentPolicyAsync(this LicensingDbContext db, CancellationToken ct = default)
    {
        var today = db.Today;
        return await db.PolicyVersions.Where(p => p.EffectiveFrom <= today)
                   .OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.CreatedAt).FirstOrDefaultAsync(ct)
               ?? throw new InvalidOperationException("No suitability policy is in force: the shipped policy should be in every database");
    }
}
