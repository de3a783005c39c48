using Licensing.Domain.Admin;
using Licensing.Domain.Cases;
using Licensing.Domain.Concerns;
using Licensing.Domain.Jobs;
using Licensing.Domain.Notices;
using Licensing.Jobs.Cases;
using Licensing.Jobs.Concerns;
using Licensing.Tests.Cases;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Jobs;

public class ConcernAndCaseDeadlineTests
{
    private static async Task<Concern> AddConcernAsync(TestDatabase database, ConcernCategory category, string reference)
    {
        await using var db = database.NewContext();
        var concern = ReviewScenario.NewConcern(category, reference: reference); // received Monday 15 June 2026
        db.Concerns.Add(concern);
        await db.SaveChangesAsync();
        return concern;
    }

    [Fact]
    public async Task A_safeguarding_concern_untriaged_by_the_afternoon_it_arrives_is_escalated_to_managers_once_and_closed_when_triaged()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var concern = await AddConcernAsync(database, ConcernCategory.Safeguarding, "CN-2026-0001");
        var job = new ConcernTriageDeadlines(kit, kit.Log, kit.Options);

        kit.SetLondonTime(2026, 6, 15, 14, 0);
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(0, await kit.QueryAsync(db => db.TeamTasks.CountAsync()));

        kit.SetLondonTime(2026, 6, 15, 15, 0);
        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);
        var task = Assert.Single(await kit.QueryAsync(db => db.TeamTasks.ToListAsync()));
        Assert.Equal((TeamTaskKind.ConcernTriage, Roles.LicensingManager, $"/concerns/{concern.Id}"), (task.Kind, task.ForRole, task.Link));
        Assert.NotNull(task.EscalatedAt);

        await using (var db = database.NewContext())
        {
            (await db.Concerns.SingleAsync()).TriageAs(TriageOutcome.IntelligenceOnly, "Logged for the picture", "Maya Manager", db.UtcNow);
            await db.SaveChangesAsync();
        }
        await job.RunAsync(CancellationToken.None);
        Assert.False((await kit.QueryAsync(db => db.TeamTasks.SingleAsync())).IsOpen);
        Assert.Equal("0 late triages escalated; 1 escalation closed after triage", (await kit.LastRunAsync(ConcernTriageDeadlines.Name)).Summary);
    }

    [Fact]
    public async Task Another_concern_is_escalated_only_after_its_five_working_days()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        await AddConcernAsync(database, ConcernCategory.DrivingStandards, "CN-2026-0002"); // due Monday 22 June
        var job = new ConcernTriageDeadlines(kit, kit.Log, kit.Options);

        kit.SetLondonTime(2026, 6, 22, 23, 0);
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(0, await kit.QueryAsync(db => db.TeamTasks.CountAsync()));

        kit.SetLondonTime(2026, 6, 23, 0, 5);
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(1, await kit.QueryAsync(db => db.TeamTasks.CountAsync(t => t.EscalatedAt != null)));
    }

    [Fact]
    public async Task The_case_officer_is_told_once_when_the_time_for_representations_passes_without_a_reply()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var scenario = new ReviewScenario().WithAllegation();
        scenario.Case.InviteRepresentations(ReviewScenario.Today, null, ReviewScenario.Today); // due 29 June
        await using (var db = database.NewContext())
        {
            db.People.Add(scenario.Person);
            db.Licences.Add(scenario.Licence);
            db.Concerns.Add(scenario.Concern);
            db.ReviewCases.Add(scenario.Case);
            await db.SaveChangesAsync();
        }
        var job = new RepresentationsDeadlines(kit, kit.Log);
        kit.SetLondonTime(2026, 6, 30, 0, 40);
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(0, await kit.QueryAsync(db => db.TeamTasks.CountAsync())); // the invitation was never served: nobody was heard

        // Handed over the day after it was drafted: the licensee keeps the whole 14 days, to 30 June.
        await ServeInvitationAsync(database, scenario, ReviewScenario.Today.AddDays(1));
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(0, await kit.QueryAsync(db => db.TeamTasks.CountAsync()));

        kit.SetLondonTime(2026, 7, 1, 0, 40);
        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);
        var task = Assert.Single(await kit.QueryAsync(db => db.TeamTasks.ToListAsync()));
        Assert.Equal((TeamTaskKind.RepresentationsDeadline, $"/cases/{scenario.Case.Id}"), (task.Kind, task.Link));
        Assert.Contains("Olivia Officer", task.Title);
    }

    // As the officer does on the notice's page: the invitation drafted with the case step, issued and handed over.
    private static async Task ServeInvitationAsync(TestDatabase database, ReviewScenario scenario, DateOnly on)
    {
        var authority = new AuthorityOptions { Name = "Eastbrook", Code = "E07000123" };
        await using var db = database.NewContext();
        var notice = ReviewNotices.RepresentationsInvitation(scenario.Case, DateTime.UtcNow);
        db.Notices.Add(notice);
        await db.SaveChangesAsync();
        await IssueNotice.RunAsync(db, notice.Id, authority, "Olivia Officer", "eastbrook.example");
        await ServeNotice.RecordHandDeliveryAsync(db, notice.Id, on, "Olivia Officer", authority);
    }
}
