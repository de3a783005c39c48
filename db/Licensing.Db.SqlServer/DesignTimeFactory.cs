using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Licensing.Db.SqlServer;

public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LicensingDbContext>
{
    // Migrations and scripts are made offline: the connection string is never opened.
    public LicensingDbContext CreateDbContext(string[] args) =>
        DesignTime.Create(new DatabaseSettings(DatabaseProvider.SqlServer, "Server=localhost;Database=Licensing;Trusted_Connection=True;TrustServerCertificate=True"));
}
