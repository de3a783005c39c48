using Licensing.Domain.Partners;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Data;

public partial class LicensingDbContext
{
    public DbSet<PartnerAuthority> PartnerAuthorities => Set<PartnerAuthority>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<PartnerReferral> PartnerReferrals => Set<PartnerReferral>();
}
