using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Domain.Jobs;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.ToTable("JobRuns");
        b.Property(r => r.JobName).HasMaxLength(100);
        b.Property(r => r.Summary).HasMaxLength(500);
        b.HasIndex(r => new { r.JobName, r.StartedAt });
    }
}

internal sealed class TeamTaskConfiguration : IEntityTypeConfiguration<TeamTask>
{
    public void Configure(EntityTypeBuilder<TeamTask> b)
    {
        b.ToTable("TeamTasks");
        b.Property(t => t.Key).HasMaxLength(200);
        b.Property(t => t.Title).HasMaxLength(300);
        b.Property(t => t.Detail).HasMaxLength(2000);
        b.Property(t => t.ForRole).HasMaxLength(40);
        b.Property(t => t.Link).HasMaxLength(300);
        b.Property(t => t.EscalationReason).HasMaxLength(500);
        b.Property(t => t.ClosedBy).HasMaxLength(200);
        b.Property(t => t.ClosingNote).HasMaxLength(2000);
        b.Ignore(t => t.IsOpen);
        b.HasIndex(t => t.Key).IsUnique();
        b.HasIndex(t => new { t.ClosedAt, t.ForRole });
        b.HasIndex(t => t.PersonId);
    }
}

internal sealed class ExpiryReminderConfiguration : IEntityTypeConfiguration<ExpiryReminder>
{
    public void Configure(EntityTypeBuilder<ExpiryReminder> b)
    {
        b.ToTable("ExpiryReminders");
        b.HasIndex(r => new { r.LicenceId, r.ExpiresOn, r.WeeksBefore }).IsUnique();
        b.HasIndex(r => r.PersonId);
        b.HasOne<Licence>().WithMany().HasForeignKey(r => r.LicenceId).OnDelete(DeleteBehavior.Restrict);
    }
}
