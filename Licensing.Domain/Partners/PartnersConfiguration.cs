using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Domain.Partners;

internal sealed class PartnerAuthorityConfiguration : IEntityTypeConfiguration<PartnerAuthority>
{
    public void Configure(EntityTypeBuilder<PartnerAuthority> b)
    {
        b.ToTable("PartnerAuthorities");
        b.HasIndex(p => p.Code).IsUnique();
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Code).HasMaxLength(20);
        b.Property(p => p.ContactEmail).HasMaxLength(200);
        b.Property(p => p.BaseUrl).HasMaxLength(500);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.ToTable("ApiKeys");
        b.HasIndex(k => k.KeyHash).IsUnique();
        b.HasIndex(k => k.PartnerAuthorityId);
        b.HasOne<PartnerAuthority>().WithMany().HasForeignKey(k => k.PartnerAuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.Property(k => k.Name).HasMaxLength(200);
        b.Property(k => k.Prefix).HasMaxLength(10);
        b.Property(k => k.KeyHash).HasMaxLength(64);
        b.PrimitiveCollection(k => k.Scopes);
        b.Property(k => k.CreatedBy).HasMaxLength(200);
        b.Property(k => k.RevokedBy).HasMaxLength(200);
        b.Ignore(k => k.IsActive);
    }
}

internal sealed class PartnerReferralConfiguration : IEntityTypeConfiguration<PartnerReferral>
{
    public void Configure(EntityTypeBuilder<PartnerReferral> b)
    {
        b.ToTable("PartnerReferrals");
        b.HasIndex(r => r.ReceivedAt);
        b.HasIndex(r => r.PersonId);
        b.Property(r => r.ReferringAuthorityCode).HasMaxLength(20);
        b.Property(r => r.ReferringAuthorityName).HasMaxLength(200);
        b.Property(r => r.ReferrerReference).HasMaxLength(100);
        b.Property(r => r.ContactEmail).HasMaxLength(200);
        b.Property(r => r.Surname).HasMaxLength(200);
        b.Property(r => r.Forenames).HasMaxLength(200);
        b.Property(r => r.DrivingLicenceNumber).HasMaxLength(20);
        b.Property(r => r.BadgeNumber).HasMaxLength(40);
        b.Property(r => r.VehicleRegistration).HasMaxLength(20);
        b.Property(r => r.Narrative).HasMaxLength(20000);
        b.HasIndex(r => r.ConcernId);
        b.Property(r => r.OutcomeStatement).HasMaxLength(1000);
        b.Property(r => r.OutcomeEffect).HasMaxLength(500);
        b.Property(r => r.OutcomeRegisterReference).HasMaxLength(100);
        b.Property(r => r.ToldByHandBy).HasMaxLength(200);
        b.Property(r => r.ToldByHandHow).HasMaxLength(1000);
        b.Ignore(r => r.HasOutcome);
    }
}
