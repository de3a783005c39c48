using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Domain.Applications;

internal sealed class LicenceApplicationConfiguration : IEntityTypeConfiguration<LicenceApplication>
{
    public void Configure(EntityTypeBuilder<LicenceApplication> b)
    {
        b.ToTable("Applications");
        b.Property(a => a.Reference).HasMaxLength(20);
        b.HasIndex(a => a.Reference).IsUnique();
        b.HasIndex(a => a.PersonId);
        b.HasIndex(a => new { a.Status, a.AssessedAt });
        b.HasIndex(a => a.OfficerUserId);
        b.Property(a => a.OfficerUserId).HasMaxLength(450);
        b.Property(a => a.OfficerName).HasMaxLength(200);
        b.Property(a => a.CompanyName).HasMaxLength(200);
        b.ComplexProperty(a => a.OperatingCentre, c =>
        {
            c.Property(x => x.Line1).HasMaxLength(200).HasColumnName("CentreLine1");
            c.Property(x => x.Line2).HasMaxLength(200).HasColumnName("CentreLine2");
            c.Property(x => x.Town).HasMaxLength(100).HasColumnName("CentreTown");
            c.Property(x => x.Postcode).HasMaxLength(10).HasColumnName("CentrePostcode");
        });
        b.Property(a => a.VehicleRegistration).HasMaxLength(12);
        b.Property(a => a.VehicleMake).HasMaxLength(60);
        b.Property(a => a.VehicleModel).HasMaxLength(60);
        b.Property(a => a.VehicleColour).HasMaxLength(40);
        b.Property(a => a.Assessment).HasMaxLength(8000);
        b.Property(a => a.RecommendedConditions).HasMaxLength(8000);
        b.Property(a => a.DepartureReasons).HasMaxLength(8000);
        b.Property(a => a.RecommendedByUserId).HasMaxLength(450);
        b.Property(a => a.RecommendedByName).HasMaxLength(200);
        b.Property(a => a.AssessedPolicyLabel).HasMaxLength(60);
        b.Property(a => a.AssessedPolicySummary).HasMaxLength(1000);
        b.Property(a => a.DecidedByUserId).HasMaxLength(450);
        b.Property(a => a.DecidedByName).HasMaxLength(200);
        b.Property(a => a.ExceptionalReasons).HasMaxLength(8000);
        b.Property(a => a.ExceptionalReasonsSignedOffBy).HasMaxLength(200);
        b.Property(a => a.ReferralReasons).HasMaxLength(8000);
        b.Property(a => a.Representations).HasMaxLength(20000);
        b.Property(a => a.WithdrawalReason).HasMaxLength(2000);
        b.Ignore(a => a.AcceptsRecords);
        b.Ignore(a => a.AcceptsChecks);
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Licence>().WithMany().HasForeignKey(a => a.RenewsLicenceId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Checks).WithOne().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Offences).WithOne().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.RegisterChecks).WithOne().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StatutoryCheckConfiguration : IEntityTypeConfiguration<StatutoryCheck>
{
    public void Configure(EntityTypeBuilder<StatutoryCheck> b)
    {
        b.ToTable("ApplicationChecks");
        // Added through the application's collections: the id is ours, so EF must treat a new one as new.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(c => c.EvidenceReference).HasMaxLength(200);
        b.Property(c => c.Endorsements).HasMaxLength(2000);
        b.Property(c => c.Notes).HasMaxLength(4000);
        b.Property(c => c.RecordedByUserId).HasMaxLength(450);
        b.Property(c => c.RecordedByName).HasMaxLength(200);
        b.HasIndex(c => c.PersonId);
    }
}

internal sealed class OffenceRecordConfiguration : IEntityTypeConfiguration<OffenceRecord>
{
    public void Configure(EntityTypeBuilder<OffenceRecord> b)
    {
        b.ToTable("ApplicationOffences");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(o => o.Description).HasMaxLength(2000);
        b.Property(o => o.CategoryCode).HasMaxLength(60);
        b.Property(o => o.Court).HasMaxLength(200);
        b.Property(o => o.Sentence).HasMaxLength(1000);
        b.Property(o => o.Source).HasMaxLength(200);
        b.Property(o => o.RecordedByUserId).HasMaxLength(450);
        b.Property(o => o.RecordedByName).HasMaxLength(200);
        b.HasIndex(o => o.PersonId);
    }
}

internal sealed class RegisterCheckConfiguration : IEntityTypeConfiguration<RegisterCheck>
{
    public void Configure(EntityTypeBuilder<RegisterCheck> b)
    {
        b.ToTable("ApplicationRegisterChecks");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(r => r.SearchedByUserId).HasMaxLength(450);
        b.Property(r => r.SearchedByName).HasMaxLength(200);
        b.Property(r => r.SearchedFor).HasMaxLength(500);
        b.Property(r => r.SearchReference).HasMaxLength(100);
        b.Ignore(r => r.EverySourceAnswered);
        b.HasMany(r => r.Sources).WithOne().HasForeignKey(s => s.RegisterCheckId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Hits).WithOne().HasForeignKey(h => h.RegisterCheckId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.PersonId);
    }
}

internal sealed class RegisterCheckSourceConfiguration : IEntityTypeConfiguration<RegisterCheckSource>
{
    public void Configure(EntityTypeBuilder<RegisterCheckSource> b)
    {
        b.ToTable("ApplicationRegisterCheckSources");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(s => s.Code).HasMaxLength(20);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Detail).HasMaxLength(1000);
    }
}

internal sealed class RegisterHitConfiguration : IEntityTypeConfiguration<RegisterHit>
{
    public void Configure(EntityTypeBuilder<RegisterHit> b)
    {
        b.ToTable("ApplicationRegisterHits");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(h => h.RegisterReference).HasMaxLength(100);
        b.Property(h => h.AuthorityCode).HasMaxLength(20);
        b.Property(h => h.AuthorityName).HasMaxLength(200);
        b.Property(h => h.Decision).HasMaxLength(40);
        b.Property(h => h.LicenceType).HasMaxLength(60);
        b.Property(h => h.Reasons).HasMaxLength(1000);
        b.Property(h => h.Contact).HasMaxLength(500);
        b.Property(h => h.DetailsRequestedBy).HasMaxLength(200);
        b.Property(h => h.RequestNote).HasMaxLength(2000);
        b.Property(h => h.Reply).HasMaxLength(8000);
        b.Property(h => h.ReplyRecordedBy).HasMaxLength(200);
        b.Ignore(h => h.IsOpen);
        b.Ignore(h => h.WhomToAsk);
        b.HasIndex(h => h.ApplicationId);
    }
}
