using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Licensing.Domain.Data;

/// <summary>
/// One model for both providers. Each feature adds its sets in its own partial file
/// (LicensingDbContext.Feature.cs) and its mappings as IEntityTypeConfiguration classes.
/// Every save writes audit entries for what it changes, in the same transaction.
/// </summary>
public partial class LicensingDbContext(DbContextOptions<LicensingDbContext> options, IActorSource actors, TimeProvider clock)
    : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public TimeProvider Clock { get; } = clock;
    public Actor Actor => actors.Current;

    public DbSet<Person> People => Set<Person>();
    public DbSet<Licence> Licences => Set<Licence>();
    public DbSet<DriverLicence> DriverLicences => Set<DriverLicence>();
    public DbSet<OperatorLicence> OperatorLicences => Set<OperatorLicence>();
    public DbSet<VehicleLicence> VehicleLicences => Set<VehicleLicence>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<DocumentReturn> DocumentReturns => Set<DocumentReturn>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DateOnly Today => Clock.Today();
    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LicensingDbContext).Assembly);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
            builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Stored as UTC; SQLite hands DateTime back unspecified, so mark it UTC on the way out.
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        ColumnLengths.Check(ChangeTracker);
        foreach (var e in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
            e.Entity.Version++;
        var audit = AuditTrail.Describe(ChangeTracker, () => Actor, UtcNow);
        if (audit.Count == 0) return await SaveOrExplainAsync(acceptAllChangesOnSuccess, cancellationToken);

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // Take the chain's lock before reading its head (see AuditChainHead).
            await Database.ExecuteSqlRawAsync(AuditChainHead.LockSql, cancellationToken);
            var previous = await AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(cancellationToken) ?? "";
            foreach (var entry in audit)
            {
                entry.Chain(previous);
                previous = entry.Hash;
            }
            AuditEntries.AddRange(audit);
            var saved = await SaveOrExplainAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            if (audit.Any(a => a.EntityType == nameof(Register.RegisterEntry))) Register.RegisterIndex.RegisterChanged();
            return saved;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>A licence or badge number taken by someone else since the grant checked it is refused as the check would have.</summary>
    private async Task<int> SaveOrExplainAsync(bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        }
        catch (DbUpdateException e) when (NumberAlreadyInUse.Explain(e, ChangeTracker.Entries<Licence>().Where(l => l.State == EntityState.Added).Select(l => l.Entity)) is { } rule)
        {
            throw rule;
        }
    }

    /// <summary>
    /// Saves an edit made from a form the officer loaded earlier: if someone else saved the record
    /// since (its version moved), the save is refused instead of overwriting their change.
    /// </summary>
    /// <remarks>
    /// The record's row is made part of the save even when only its children change (a finding on one
    /// of a case's allegations): EF checks a concurrency token only on a row it updates, so otherwise
    /// that save would neither check the version nor move it on, and a second officer's stale form
    /// would overwrite the first's finding. The version alone is not audited, so this writes no entry.
    /// </remarks>
    public void ExpectVersion<T>(T entity, int versionTheOfficerSaw) where T : class, IVersioned
    {
        var version = Entry(entity).Property(nameof(IVersioned.Version));
        version.OriginalValue = versionTheOfficerSaw;
        version.IsModified = true;
    }
}

internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
