using Licensing.Domain.Applications;
using Licensing.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Domain.Committee;

internal sealed class HearingConfiguration : IEntityTypeConfiguration<Hearing>
{
    public void Configure(EntityTypeBuilder<Hearing> b)
    {
        // A hearing is about exactly one review case or one application.
        b.ToTable("Hearings", t => t.HasCheckConstraint("CK_Hearings_OneMatter",
            "(ReviewCaseId IS NULL AND ApplicationId IS NOT NULL) OR (ReviewCaseId IS NOT NULL AND ApplicationId IS NULL)"));
        b.Property(h => h.Time).HasMaxLength(20);
        b.Property(h => h.Venue).HasMaxLength(300);
        b.Property(h => h.RepresentedBy).HasMaxLength(300);
        b.Property(h => h.OthersPresent).HasMaxLength(1000);
        b.Property(h => h.Submissions).HasMaxLength(20000);
        b.Property(h => h.AnnouncedReasons).HasMaxLength(20000);
        b.Property(h => h.Findings).HasMaxLength(20000);
        b.Property(h => h.DecisionRecordedBy).HasMaxLength(200);
        b.Property(h => h.AdjournmentReasons).HasMaxLength(4000);
        b.Property(h => h.AdjournedBy).HasMaxLength(200);
        b.Ignore(h => h.Panel);
        b.Ignore(h => h.Party);
        b.Ignore(h => h.IsForApplication);
        b.HasMany(h => h.Members).WithOne().HasForeignKey(m => m.HearingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ReviewCase>().WithMany().HasForeignKey(h => h.ReviewCaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LicenceApplication>().WithMany().HasForeignKey(h => h.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(h => h.HearingOn);
        // One scheduled hearing per matter (an adjourned or decided one may sit beside it): of two managers
        // arranging at once, the second save is refused rather than sending the licensee two invitations.
        // The foreign keys keep their own plain indexes: the filtered ones serve only scheduled hearings.
        b.HasIndex(h => h.ReviewCaseId);
        b.HasIndex(h => h.ApplicationId);
        b.HasIndex(h => h.ReviewCaseId, "IX_Hearings_OneScheduledPerCase").IsUnique().HasFilter("Status = 'Scheduled' AND ReviewCaseId IS NOT NULL");
        b.HasIndex(h => h.ApplicationId, "IX_Hearings_OneScheduledPerApplication").IsUnique().HasFilter("Status = 'Scheduled' AND ApplicationId IS NOT NULL");
    }
}

internal sealed class HearingMemberConfiguration : IEntityTypeConfiguration<HearingMember>
{
    public void Configure(EntityTypeBuilder<HearingMember> b)
    {
        // Created in the domain with their id and found through their parent's collection: new, not existing.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("HearingMembers");
        b.Property(m => m.UserId).HasMaxLength(450);
        b.Property(m => m.Name).HasMaxLength(200);
        b.HasIndex(m => new { m.UserId, m.HearingId });
    }
}
