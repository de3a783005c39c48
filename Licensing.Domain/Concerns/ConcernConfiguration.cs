using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Domain.Concerns;

internal sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> b)
    {
        b.ToTable("Concerns");
        b.Property(c => c.Reference).HasMaxLength(20);
        b.HasIndex(c => c.Reference).IsUnique();
        b.Property(c => c.SourceDetail).HasMaxLength(Concern.SourceDetailMaxLength);
        b.Property(c => c.Narrative).HasMaxLength(20000);
        b.Property(c => c.Place).HasMaxLength(300);
        b.Property(c => c.RecordedBy).HasMaxLength(200);
        b.Property(c => c.LinkedBy).HasMaxLength(200);
        b.Property(c => c.LinkReason).HasMaxLength(1000);
        b.Property(c => c.TriagedBy).HasMaxLength(200);
        b.Property(c => c.TriageReasons).HasMaxLength(4000);
        b.ComplexProperty(c => c.Grading, g =>
        {
            g.Property(x => x.Source).HasColumnName("GradingSource");
            g.Property(x => x.Information).HasColumnName("GradingInformation");
            g.Property(x => x.Handling).HasColumnName("GradingHandling");
        });
        b.Ignore(c => c.IsSafeguarding);
        b.Ignore(c => c.IsLinked);
        b.HasMany(c => c.Identifiers).WithOne().HasForeignKey(i => i.ConcernId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Attachments).WithOne().HasForeignKey(a => a.ConcernId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Referrals).WithOne().HasForeignKey(r => r.ConcernId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Regradings).WithOne().HasForeignKey(r => r.ConcernId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Licence>().WithMany().HasForeignKey(c => c.LicenceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.PersonId);
        b.HasIndex(c => new { c.Triage, c.Category });
        b.HasIndex(c => c.ReviewCaseId);
    }
}

internal sealed class ConcernIdentifierConfiguration : IEntityTypeConfiguration<ConcernIdentifier>
{
    public void Configure(EntityTypeBuilder<ConcernIdentifier> b)
    {
        // Created in the domain with their id and found through their parent's collection: new, not existing.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("ConcernIdentifiers");
        b.Property(i => i.Value).HasMaxLength(ConcernIdentifier.ValueMaxLength);
        b.Property(i => i.SearchValue).HasMaxLength(ConcernIdentifier.ValueMaxLength);
        b.HasIndex(i => i.SearchValue);
    }
}

internal sealed class ConcernAttachmentConfiguration : IEntityTypeConfiguration<ConcernAttachment>
{
    public void Configure(EntityTypeBuilder<ConcernAttachment> b)
    {
        // Created in the domain with their id and found through their parent's collection: new, not existing.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("ConcernAttachments");
        b.Property(a => a.FileName).HasMaxLength(260);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.StoredAs).HasMaxLength(300);
        b.Property(a => a.UploadedBy).HasMaxLength(200);
    }
}

internal sealed class ConcernReferralConfiguration : IEntityTypeConfiguration<ConcernReferral>
{
    public void Configure(EntityTypeBuilder<ConcernReferral> b)
    {
        // Created in the domain with their id and found through their parent's collection: new, not existing.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("ConcernReferrals");
        b.Property(r => r.Reference).HasMaxLength(100);
    }
}

internal sealed class ConcernRegradingConfiguration : IEntityTypeConfiguration<ConcernRegrading>
{
    public void Configure(EntityTypeBuilder<ConcernRegrading> b)
    {
        // Created in the domain with their id and found through their parent's collection: new, not existing.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("ConcernRegradings");
        b.Property(r => r.FromCode).HasMaxLength(3);
        b.Property(r => r.ToCode).HasMaxLength(3);
        b.Property(r => r.Reasons).HasMaxLength(4000);
        b.Property(r => r.RegradedBy).HasMaxLength(200);
    }
}
