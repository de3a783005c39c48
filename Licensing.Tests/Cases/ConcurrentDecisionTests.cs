using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Cases;
using Licensing.Domain.Decisions;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Cases;

public class ConcurrentDecisionTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly AuthorityOptions authority = new() { Name = "Eastbrook", Code = "E07000123" };

    [Fact]
    public async Task Two_managers_deciding_the_same_case_at_once_keep_exactly_one_decision()
    {
        var s = new ReviewScenario().WithRecommendation();
        int versionSeen;
        await using (var db = database.NewContext())
        {
            s.AddTo(db);
            await db.SaveChangesAsync();
            versionSeen = s.Case.Version;
        }

        // Both managers opened the decision page before either saved.
        await using var first = database.NewContext(new Actor("manager-1", "Maya Manager"));
        await using var second = database.NewContext(new Actor("manager-2", "Mark Manager"));
        var caseForFirst = await first.ReviewCases.Include(c => c.Allegations).SingleAsync();
        var caseForSecond = await second.ReviewCases.Include(c => c.Allegations).SingleAsync();
        first.ExpectVersion(caseForFirst, versionSeen);
        second.ExpectVersion(caseForSecond, versionSeen);
        await CaseDecisions.DecideAsync(first, caseForFirst, new CaseDecisionInput(CaseOutcome.Revocation, "Proven"), DecisionMaker.AuthorisedOfficer, "manager-1", "Maya Manager", authority);
        await CaseDecisions.DecideAsync(second, caseForSecond, new CaseDecisionInput(CaseOutcome.Suspension, "Proven, but a first offence", new SuspensionPeriod(1, SuspensionUnit.Months)), DecisionMaker.AuthorisedOfficer, "manager-2", "Mark Manager", authority);

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var read = database.NewContext();
        var decision = await read.Decisions.SingleAsync(d => d.ReviewCaseId == s.Case.Id);
        Assert.Equal(DecisionKind.Revocation, decision.Kind);
        Assert.Equal("Maya Manager", decision.MakerName);
        Assert.Single(await read.Notices.Where(n => n.ReviewCaseId == s.Case.Id).ToListAsync());
        Assert.Equal(decision.Id, (await read.ReviewCases.SingleAsync()).DecisionId);
    }

    public void Dispose() => database.Dispose();
}
