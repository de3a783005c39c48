using Hangfire.Dashboard;
using Licensing.Web.Hosting;
using Microsoft.AspNetCore.Authorization;

namespace Licensing.Web.Features.Jobs;

/// <summary>Hangfire's dashboard can retry and delete jobs: only a signed-in administrator (with two-factor where required) may open it.</summary>
internal sealed class AdministratorsOnlyDashboard : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(http.User, Policies.Administrators)).Succeeded;
    }
}
