using Licensing.Domain.Register;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Data;

public partial class LicensingDbContext
{
    public DbSet<RegisterEntry> RegisterEntries => Set<RegisterEntry>();
    public DbSet<RegisterSearch> RegisterSearches => Set<RegisterSearch>();
    public DbSet<DetailsRequest> DetailsRequests => Set<DetailsRequest>();
}
