using Licensing.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLicensingWeb();
var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args) is { } exitCode) return exitCode;

await app.PrepareDatabaseAsync();
app.UseLicensingWeb();
await app.RunAsync();
return 0;

public partial class Program;
