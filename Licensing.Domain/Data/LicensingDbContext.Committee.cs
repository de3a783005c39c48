using Licensing.Domain.Committee;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Data;

public partial class LicensingDbContext
{
    public DbSet<Hearing> Hearings => Set<Hearing>();
}
