using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Domain.Notices;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public const string OneCorrectionIndex = "IX_Notices_OneCorrectionPerNotice";

    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.ToTable("Notices");
        b.HasIndex(n => n.PersonId);
        b.HasIndex(n => n.DecisionId);
        b.HasIndex(n => n.Status);
        b.HasIndex(n => n.Reference);
        // One correction per notice, even when two managers (or a double click) draft one at the same moment.
        // A withdrawn draft does not count, so a duplicate drafted before this index can be withdrawn (OPERATIONS.md).
        b.HasIndex(n => n.ReplacesNoticeId, OneCorrectionIndex).IsUnique().HasFilter("ReplacesNoticeId IS NOT NULL AND Status <> 'Withdrawn'");
        b.Property(n => n.Reference).HasMaxLength(40);
        b.Property(n => n.Title).HasMaxLength(300);
        b.Property(n => n.IssuedBy).HasMaxLength(200);
        b.Property(n => n.PostedBy).HasMaxLength(200);
        b.Property(n => n.Sha256).HasMaxLength(64);
        b.Property(n => n.ReplacesReference).HasMaxLength(40);
        b.Property(n => n.DeliveryProblem).HasMaxLength(1000);
        b.Property(n => n.WithdrawnReason).HasMaxLength(500);
        b.Ignore(n => n.IsDecisionNotice);
        b.Ignore(n => n.AwaitsPosting);
        b.Ignore(n => n.AwaitsEmailService);
        b.Ignore(n => n.WhyNotEmailed);
        b.Ignore(n => n.Particulars);
    }
}

internal sealed class NoticeDocumentConfiguration : IEntityTypeConfiguration<NoticeDocument>
{
    public void Configure(EntityTypeBuilder<NoticeDocument> b)
    {
        b.ToTable("NoticeDocuments");
        b.HasKey(d => d.NoticeId);
        b.HasOne<Notice>().WithOne().HasForeignKey<NoticeDocument>(d => d.NoticeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NoticeTemplateConfiguration : IEntityTypeConfiguration<NoticeTemplate>
{
    public void Configure(EntityTypeBuilder<NoticeTemplate> b)
    {
        b.ToTable("NoticeTemplates");
        b.HasIndex(t => new { t.Kind, t.TemplateVersion }).IsUnique();
        b.Property(t => t.Title).HasMaxLength(300);
        b.Property(t => t.CreatedBy).HasMaxLength(200);
        var seededAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        b.HasData(DefaultTemplates.All.Select(t => NoticeTemplate.Seed(t.Id, t.Kind, t.Title, t.Body, seededAt)));
    }
}

internal sealed class BankHolidayConfiguration : IEntityTypeConfiguration<BankHoliday>
{
    public void Configure(EntityTypeBuilder<BankHoliday> b)
    {
        b.ToTable("BankHolidays");
        b.HasKey(h => h.Date);
        b.Property(h => h.Title).HasMaxLength(100);
        b.HasData(BankHolidayFile.Parse(BankHolidayFile.DefaultJson()).Select(h => BankHoliday.Create(h.Date, h.Title)));
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        b.HasIndex(m => m.MessageId).IsUnique();
        b.HasIndex(m => m.NoticeId);
        b.Property(m => m.MessageId).HasMaxLength(200);
        b.Property(m => m.To).HasMaxLength(320);
        b.Property(m => m.Subject).HasMaxLength(500);
        b.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        b.Property(m => m.ResolvedBy).HasMaxLength(200);
    }
}
