using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Domain.Register;

internal sealed class RegisterEntryConfiguration : IEntityTypeConfiguration<RegisterEntry>
{
    public void Configure(EntityTypeBuilder<RegisterEntry> b)
    {
        b.ToTable("RegisterEntries");
        b.HasIndex(e => e.Reference).IsUnique();
        b.HasIndex(e => e.DecisionId);
        b.HasIndex(e => e.PersonId);
        b.HasIndex(e => e.DecisionDate);
        b.Property(e => e.Reference).HasMaxLength(60);
        b.Property(e => e.AuthorityCode).HasMaxLength(20);
        b.Property(e => e.AuthorityName).HasMaxLength(200);
        b.Property(e => e.Surname).HasMaxLength(200);
        b.Property(e => e.Forenames).HasMaxLength(200);
        b.Property(e => e.DrivingLicenceNumber).HasMaxLength(20);
        b.Property(e => e.NationalInsuranceNumber).HasMaxLength(12);
        b.Property(e => e.Postcode).HasMaxLength(10);
        b.Property(e => e.AppealOutcome).HasMaxLength(1000);
        b.PrimitiveCollection(e => e.PreviousSurnames);
        b.Ignore(e => e.Identity);
        b.Ignore(e => e.FullName);
        // Owned, so the keys are written with their entry and reported with it in the audit trail.
        b.OwnsMany(e => e.Keys, k =>
        {
            k.ToTable("RegisterMatchKeys");
            k.WithOwner().HasForeignKey("EntryId");
            k.Property(x => x.Key).HasMaxLength(40);
            k.HasKey("Key", "EntryId");
        });
        b.Navigation(e => e.Keys).AutoInclude(false);
    }
}

internal sealed class RegisterSearchConfiguration : IEntityTypeConfiguration<RegisterSearch>
{
    public void Configure(EntityTypeBuilder<RegisterSearch> b)
    {
        b.ToTable("RegisterSearches");
        b.HasIndex(s => s.SearchedAt);
        b.Property(s => s.SearcherId).HasMaxLength(100);
        b.Property(s => s.SearcherName).HasMaxLength(200);
        b.Property(s => s.PartnerAuthorityCode).HasMaxLength(20);
        b.Property(s => s.SearcherReference).HasMaxLength(100);
    }
}

internal sealed class DetailsRequestConfiguration : IEntityTypeConfiguration<DetailsRequest>
{
    public void Configure(EntityTypeBuilder<DetailsRequest> b)
    {
        b.ToTable("DetailsRequests");
        b.HasIndex(r => r.Status);
        b.HasIndex(r => r.RegisterEntryId);
        b.Property(r => r.RegisterReference).HasMaxLength(60);
        b.Property(r => r.RequestingAuthorityCode).HasMaxLength(20);
        b.Property(r => r.RequestingAuthorityName).HasMaxLength(200);
        b.Property(r => r.Reason).HasMaxLength(2000);
        b.Property(r => r.RequesterReference).HasMaxLength(100);
        b.Property(r => r.DecidedBy).HasMaxLength(200);
        b.Property(r => r.DeclineReason).HasMaxLength(2000);
        b.Property(r => r.DisclosedSummary).HasMaxLength(4000);
        b.Property(r => r.ContactDetails).HasMaxLength(500);
    }
}
