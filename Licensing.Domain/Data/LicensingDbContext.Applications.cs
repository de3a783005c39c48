using Licensing.Domain.Applications;
using Licensing.Domain.Policy;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Data;

public partial class LicensingDbContext
{
    public DbSet<PolicyVersion> PolicyVersions => Set<PolicyVersion>();
    public DbSet<LicenceApplication> Applications => Set<LicenceApplication>();
    public DbSet<StatutoryCheck> StatutoryChecks => Set<StatutoryCheck>();
    public DbSet<OffenceRecord> OffenceRecords => Set<OffenceRecord>();
    public DbSet<RegisterCheck> RegisterChecks => Set<RegisterCheck>();
    public DbSet<RegisterHit> RegisterHits => Set<RegisterHit>();

    /// <summary>The next application reference this year, like APP-2026-00042.</summary>
    public Task<string> NextApplicationReferenceAsync(CancellationToken ct = default) =>
        NextReferenceAsync($"APP-{Today.Year}-", 5, Applications.Select(a => a.Reference), ct);
}
