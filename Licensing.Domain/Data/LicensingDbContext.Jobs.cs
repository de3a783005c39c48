using Licensing.Domain.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Data;

public partial class LicensingDbContext
{
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<TeamTask> TeamTasks => Set<TeamTask>();
    public DbSet<ExpiryReminder> ExpiryReminders => Set<ExpiryReminder>();
}
