using Licensing.Domain.Audit;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Domain.Data.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.ToTable("Decisions");
        b.Property(d => d.MakerName).HasMaxLength(200);
        b.Property(d => d.MakerUserId).HasMaxLength(450);
        b.Property(d => d.StatutoryPower).HasMaxLength(200);
        b.Property(d => d.StandardOfProof).HasMaxLength(200);
        b.Property(d => d.PolicyVersion).HasMaxLength(40);
        b.Ignore(d => d.IsAdverse);
        b.Ignore(d => d.SuspensionPeriod);
        b.HasIndex(d => d.PersonId);
        b.HasIndex(d => d.LicenceId);
        b.HasIndex(d => d.TakesEffectOn);
        b.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Licence>().WithMany().HasForeignKey(d => d.LicenceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(a => a.ActorId).HasMaxLength(450);
        b.Property(a => a.ActorName).HasMaxLength(200);
        b.Property(a => a.Action).HasMaxLength(40);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(100);
        b.Property(a => a.Summary).HasMaxLength(1000);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        b.HasIndex(a => a.PersonId);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
        // The register index reads the audit trail as its change feed: the latest change to a type, and those since.
        b.HasIndex(a => new { a.EntityType, a.Id });
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.ToTable("AuditChainHeads");
        b.Property(h => h.Id).ValueGeneratedNever();
        b.HasData(new { Id = 1, Counter = 0L });
    }
}
