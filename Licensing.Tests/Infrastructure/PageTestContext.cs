using Bunit;
using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Licensing.Tests.Infrastructure;

/// <summary>
/// A page rendered by bUnit on a real test database, as an officer on an interactive circuit: the services
/// every form page asks for (contexts, the authority, the clock, the actor), and a query helper to check what was saved.
/// </summary>
public abstract class PageTestContext : BunitContext
{
    protected TestDatabase Database { get; } = new();
    protected AuthorityOptions Authority { get; } = new() { Name = "Eastbrook Borough Council", Code = "E07000901" };

    protected PageTestContext()
    {
        Services.AddSingleton<IDbContextFactory<LicensingDbContext>>(new TestDbFactory(Database));
        Services.AddSingleton(Options.Create(Authority));
        Services.AddSingleton<TimeProvider>(Database.Clock);
        Services.AddSingleton<IActorSource>(new FixedActor(Database.Actor));
    }

    /// <summary>Signs the officer in on an interactive circuit. Call it last in the test's constructor: it reads the services, after which none can be added.</summary>
    protected void AsOfficer()
    {
        AddAuthorization().SetAuthorized("Olivia Officer");
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>Signs a licensing manager in (an authorised officer who is not the case's investigating officer, so may decide). Call it last in the constructor.</summary>
    protected void AsManager()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("Maya Manager");
        auth.SetRoles(Roles.LicensingManager);
        auth.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, Cases.ReviewScenario.ManagerId), new System.Security.Claims.Claim("display_name", "Maya Manager"));
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected async Task<T> QueryAsync<T>(Func<LicensingDbContext, Task<T>> query)
    {
        await using var db = Database.NewContext();
        return await query(db);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Database.Dispose();
        base.Dispose(disposing);
    }
}
