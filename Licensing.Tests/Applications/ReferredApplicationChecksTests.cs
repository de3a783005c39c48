using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Committee;
using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Policy;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Licensing.Tests.Applications.ApplicationBuild;

namespace Licensing.Tests.Applications;

/// <summary>Checks that run out while a referred application waits for its hearing are renewed there, without leaving the referral.</summary>
public class ReferredApplicationChecksTests : IDisposable
{
    private readonly TestDatabase database = new();
    private static readonly AuthorityOptions Authority = new() { Name = "Eastbrook Borough Council", Code = "E07000901" };
    private static readonly (string, string)[] Panel = [("cllr-1", "Cllr Colin Chair"), ("cllr-2", "Cllr Carys Member"), ("cllr-3", "Cllr Cyril Member")];

    private async Task<Guid> SaveReferredAsync()
    {
        await using var db = database.NewContext(Manager);
        var person = Build.Person();
        db.People.Add(person);
        var app = Assessed(person, db.Today, Recommendation.ReferToSubCommittee);
        db.Applications.Add(app);
        await ApplicationDecisions.DecideAsync(db, app, new ApplicationDecisionDraft(DecisionOutcome.ReferToSubCommittee, "Members should hear the applicant"),
            Manager, DecisionMaker.AuthorisedOfficer, Options, Authority);
        await db.SaveChangesAsync();
        return app.Id;
    }

    private async Task<Decision> HearAndGrantAsync(Guid appId)
    {
        Guid hearingId;
        await using (var db = database.NewContext(Manager))
        {
            var app = (await ApplicationDecisions.LoadAsync(db, appId))!;
            hearingId = (await Hearings.ArrangeForApplicationAsync(db, app, db.Today, "14:00", "Committee Room 2", Panel, Options)).Id;
            await db.SaveChangesAsync();
        }
        await using var decide = database.NewContext(new("cllr-2", "Cllr Carys Member"));
        var hearing = await decide.Hearings.Include(h => h.Members).SingleAsync(h => h.Id == hearingId);
        hearing.RecordAttendance(true, null, null, "Attended");
        var decision = await Hearings.DecideApplicationAsync(decide, hearing,
            new ApplicationDecisionDraft(DecisionOutcome.Grant, "Fit and proper", LicenceNumber: "DL05001", BadgeNumber: "5001"),
            "Nothing of concern", "cllr-2", "Cllr Carys Member", Options, Authority);
        await decide.SaveChangesAsync();
        return decision;
    }

    [Fact]
    public async Task Fresh_checks_and_a_register_search_are_recorded_while_referred_and_the_sub_committee_can_then_grant()
    {
        var appId = await SaveReferredAsync();
        database.Clock.Advance(TimeSpan.FromDays(200));
        await using (var db = database.NewContext(Officer))
        {
            var app = (await ApplicationDecisions.LoadAsync(db, appId))!;
            Assert.Contains(app.CheckStates(Options, db.Today), s => s.Status == CheckStatus.Expired);
            Assert.True(app.AcceptsChecks);
            Assert.False(app.AcceptsRecords);
            RecordAllChecks(app, db.Today);
            app.RecordRegisterCheck("Sarah Morgan, 5 July 1964", NoMatches, Officer, db.UtcNow, db.Today);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var app = (await ApplicationDecisions.LoadAsync(db, appId))!;
            Assert.Equal(ApplicationStatus.ReferredToSubCommittee, app.Status);
            Assert.DoesNotContain(app.CheckStates(Options, db.Today), s => s.BlocksGrant);
            Assert.Equal(3, app.RegisterChecks.Count);
        }

        var decision = await HearAndGrantAsync(appId);

        await using var check = database.NewContext();
        Assert.Equal(DecisionKind.Grant, decision.Kind);
        Assert.Equal(ApplicationStatus.Granted, (await check.Applications.SingleAsync(a => a.Id == appId)).Status);
    }

    [Fact]
    public void While_referred_other_information_still_goes_to_the_sub_committee_not_onto_the_application()
    {
        var app = Assessed(Build.Person(), Build.Today, Recommendation.ReferToSubCommittee);
        app.Refer("Members should hear the applicant", Manager, DateTime.UtcNow);
        var ex = Assert.Throws<DomainRuleException>(() => app.RecordOffence(new OffenceDetails(OffenceKind.Complaint, "Rude to a passenger", null, Build.Today.AddDays(-1), null),
            Iol2018, Officer, DateTime.UtcNow, Build.Today));
        Assert.Contains("referred to the sub-committee", ex.Message);
        Assert.Equal(ApplicationStatus.ReferredToSubCommittee, app.Status);
    }

    public void Dispose() => database.Dispose();
}
