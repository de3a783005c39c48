using Bunit;
using Licensing.Domain.Applications;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Components.Gov;
using Licensing.Web.Features.Applications;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Licensing.Tests.Applications.ApplicationBuild;

namespace Licensing.Tests.Applications;

/// <summary>A double click on an application form records one thing, not two.</summary>
public class DoubleSubmitTests : BunitContext
{
    private readonly TestDatabase database = new();

    /// <summary>Holds every save at the door until the test lets it through, so a second click lands while the first is saving.</summary>
    private sealed class HeldFactory(TestDatabase database) : IDbContextFactory<LicensingDbContext>
    {
        public TaskCompletionSource Door { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public LicensingDbContext CreateDbContext() => database.NewContext(Officer);

        public async Task<LicensingDbContext> CreateDbContextAsync(CancellationToken ct = default)
        {
            await Door.Task;
            return CreateDbContext();
        }
    }

    [Fact]
    public async Task A_second_submission_while_the_first_is_saving_is_ignored()
    {
        var guard = new SubmitGuard();
        var release = new TaskCompletionSource();
        var runs = 0;
        var first = guard.RunAsync(async () => { runs++; await release.Task; });
        Assert.True(guard.Busy);
        Assert.False(await guard.RunAsync(() => { runs++; return Task.CompletedTask; }));
        release.SetResult();
        Assert.True(await first);
        Assert.False(guard.Busy);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task Clicking_record_check_twice_records_one_check()
    {
        LicenceApplication app;
        await using (var db = database.NewContext(Officer))
        {
            var person = Build.Person();
            db.People.Add(person);
            app = New(person, today: db.Today);
            app.StartChecks(db.UtcNow);
            db.Applications.Add(app);
            await db.SaveChangesAsync();
        }
        var factory = new HeldFactory(database);
        Services.AddSingleton<IDbContextFactory<LicensingDbContext>>(factory);
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(Options));
        Services.AddSingleton<TimeProvider>(database.Clock);
        Services.AddSingleton<IActorSource>(new FixedActor(Officer));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var cut = Render<ChecksSection>(p => p.Add(c => c.App, app));
        cut.Find("#check-Kind").Change(nameof(CheckKind.KnowledgeTest));
        cut.Find("#check-EvidenceReference").Change("KT-0042");
        var first = cut.Find("form[data-testid=check-form]").SubmitAsync();
        var second = cut.Find("form[data-testid=check-form]").SubmitAsync();
        Assert.True(cut.Find("form[data-testid=check-form] button[type=submit]").HasAttribute("disabled"));
        factory.Door.SetResult();
        await Task.WhenAll(first, second);

        await using var check = database.NewContext();
        Assert.Single((await ApplicationDecisions.LoadAsync(check, app.Id))!.Checks);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) database.Dispose();
    }
}
