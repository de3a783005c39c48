using Licensing.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Data;

public partial class LicensingDbContext
{
    public DbSet<Notice> Notices => Set<Notice>();
}
