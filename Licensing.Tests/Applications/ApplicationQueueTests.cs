using Licensing.Domain.Applications;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Applications;
using static Licensing.Tests.Applications.ApplicationBuild;

namespace Licensing.Tests.Applications;

public class ApplicationQueueTests : IDisposable
{
    private readonly TestDatabase database = new();

    [Fact]
    public async Task Queues_show_my_open_applications_those_waiting_oldest_first_and_checks_running_out()
    {
        await using (var db = database.NewContext(Officer))
        {
            var first = Build.Person("Ann", "Early");
            var second = Build.Person("Bob", "Later");
            var third = Build.Person("Cat", "Received");
            db.People.AddRange(first, second, third);
            var older = Assessed(first, db.Today);
            database.Clock.Advance(TimeSpan.FromHours(1));
            var newer = LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.New, Domain.Licensees.LicenceType.PrivateHireDriver, db.Today), second, null, "APP-2026-00002", Officer, db.UtcNow, db.Today);
            newer.StartChecks(db.UtcNow);
            RecordAllChecks(newer, db.Today);
            newer.MarkReadyForAssessment(db.UtcNow);
            newer.RecordAssessment("ok", Recommendation.Grant, null, null, newer.Suitability(Iol2018, db.Today), Officer, db.UtcNow.AddHours(1));
            var received = LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.New, Domain.Licensees.LicenceType.PrivateHireDriver, db.Today), third, null, "APP-2026-00003", Manager, db.UtcNow, db.Today);
            db.Applications.AddRange(newer, older, received);
            await db.SaveChangesAsync();
        }
        database.Clock.Advance(TimeSpan.FromDays(170));

        await using var read = database.NewContext();
        var queues = await ApplicationQueueData.LoadAsync(read, Officer.Id, Options);
        Assert.Equal(["Ann Early", "Bob Later"], queues.Mine.Select(r => r.Applicant));
        Assert.Equal(["Ann Early", "Bob Later"], queues.Waiting.Select(r => r.Applicant));
        Assert.Contains(queues.Checks, c => c.Row.Applicant == "Ann Early" && c.Check == CheckKind.DvlaLicence.Describe() && c.Overdue);
        Assert.Contains(queues.Checks, c => c.Row.Applicant == "Ann Early" && c.Check == CheckKind.EnhancedDbs.Describe() && !c.Overdue && c.State.StartsWith("Expires"));
        Assert.True(queues.Checks.TakeWhile(c => c.Overdue).Count() == queues.Checks.Count(c => c.Overdue), "overdue checks come first");
        Assert.DoesNotContain(queues.Checks, c => c.Row.Applicant == "Cat Received");
    }

    public void Dispose() => database.Dispose();
}
