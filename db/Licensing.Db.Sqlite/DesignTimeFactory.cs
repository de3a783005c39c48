using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Licensing.Db.Sqlite;

public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LicensingDbContext>
{
    public LicensingDbContext CreateDbContext(string[] args) =>
        DesignTime.Create(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
