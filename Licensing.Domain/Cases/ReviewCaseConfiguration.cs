using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Domain.Cases;

internal sealed class ReviewCaseConfiguration : IEntityTypeConfiguration<ReviewCase>
{
    public void Configure(EntityTypeBuilder<ReviewCase> b)
    {
        b.ToTable("ReviewCases");
        b.Ignore(c => c.RecommendedSuspension);
        b.Property(c => c.Reference).HasMaxLength(20);
        b.HasIndex(c => c.Reference).IsUnique();
        b.Property(c => c.OfficerUserId).HasMaxLength(450);
        b.Property(c => c.OfficerName).HasMaxLength(200);
        foreach (var name in new[] { nameof(ReviewCase.Representations), nameof(ReviewCase.RepresentationsSkippedReasons), nameof(ReviewCase.Conclusion),
                     nameof(ReviewCase.RecommendationReasons), nameof(ReviewCase.RecommendedPublicSafetyReasons), nameof(ReviewCase.RecommendedConditions),
                     nameof(ReviewCase.ReferralReasons), nameof(ReviewCase.OutcomeReasons), nameof(ReviewCase.OutcomeConditions), nameof(ReviewCase.AppealNotes) })
            b.Property(name).HasMaxLength(20000);
        b.Property(c => c.RecommendedBy).HasMaxLength(200);
        b.Property(c => c.DecidedBy).HasMaxLength(300);
        b.Property(c => c.AppealCourt).HasMaxLength(200);
        b.Ignore(c => c.IsOpen);
        b.Ignore(c => c.RepresentationsSkipped);
        b.HasMany(c => c.Allegations).WithOne().HasForeignKey(a => a.ReviewCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Evidence).WithOne().HasForeignKey(e => e.ReviewCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Interviews).WithOne().HasForeignKey(i => i.ReviewCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Extensions).WithOne().HasForeignKey(e => e.ReviewCaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Licence>().WithMany().HasForeignKey(c => c.LicenceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Decision>().WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.Stage, c.OpenedOn });
        b.HasIndex(c => c.PersonId);
    }
}

internal sealed class AllegationConfiguration : IEntityTypeConfiguration<Allegation>
{
    public void Configure(EntityTypeBuilder<Allegation> b)
    {
        // Created in the domain with their id and found through their parent's collection: new, not existing.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("Allegations");
        b.Property(a => a.Text).HasMaxLength(4000);
        b.Property(a => a.FindingReasons).HasMaxLength(20000);
        b.Property(a => a.FoundBy).HasMaxLength(200);
        b.PrimitiveCollection(a => a.FromConcernIds);
        b.PrimitiveCollection(a => a.EvidenceReliedOn);
        b.Ignore(a => a.HasFinding);
    }
}

internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> b)
    {
        // Created in the domain with their id and found through their parent's collection: new, not existing.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("EvidenceItems");
        b.Property(e => e.Description).HasMaxLength(4000);
        b.Property(e => e.Source).HasMaxLength(300);
        b.Property(e => e.AddedBy).HasMaxLength(200);
        b.ComplexProperty(e => e.Grading, g =>
        {
            g.Property(x => x.Source).HasColumnName("GradingSource");
            g.Property(x => x.Information).HasColumnName("GradingInformation");
            g.Property(x => x.Handling).HasColumnName("GradingHandling");
        });
        b.Ignore(e => e.Label);
    }
}

internal sealed class InterviewRecordConfiguration : IEntityTypeConfiguration<InterviewRecord>
{
    public void Configure(EntityTypeBuilder<InterviewRecord> b)
    {
        // Created in the domain with their id and found through their parent's collection: new, not existing.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("Interviews");
        b.Property(i => i.Interviewee).HasMaxLength(200);
        b.Property(i => i.Present).HasMaxLength(500);
        b.Property(i => i.Summary).HasMaxLength(20000);
        b.Property(i => i.RecordedBy).HasMaxLength(200);
    }
}

internal sealed class RepresentationsExtensionConfiguration : IEntityTypeConfiguration<RepresentationsExtension>
{
    public void Configure(EntityTypeBuilder<RepresentationsExtension> b)
    {
        // Created in the domain with their id and found through their parent's collection: new, not existing.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("RepresentationsExtensions");
        b.Property(e => e.Reason).HasMaxLength(1000);
    }
}
