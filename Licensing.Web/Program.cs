using Licensing.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLicensingWeb();
var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args) is { } exitCode) return exitCode;

await app.PrepareDatabaseAsync();
// Searches read the database until the register's in-memory index has loaded.
_ = app.Services.GetRequiredService<Licensing.Domain.Register.RegisterIndex>().StartLoad();
app.UseLicensingWeb();
await app.RunAsync();
return 0;

public partial class Program;
