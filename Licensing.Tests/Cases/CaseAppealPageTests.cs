using Bunit;
using Licensing.Domain.Cases;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Cases;

/// <summary>The case page's "Notice, effect and appeal" section: a case is closed only when no appeal can still come.</summary>
public class CaseAppealPageTests : PageTestContext
{
    public CaseAppealPageTests() => AsManager();

    [Fact]
    public async Task An_immediate_revocation_in_effect_is_not_offered_for_closing_while_the_licensee_may_still_appeal()
    {
        await using (var db = Database.NewContext())
        {
            var s = new ReviewScenario().WithRecommendation(immediate: true);
            var decision = s.DecideAsManager(immediate: true)!;
            decision.NoticeServed(ReviewScenario.Today);
            decision.MarkTakenEffect(ReviewScenario.Today);
            s.AddTo(db);
            db.Decisions.Add(decision);
            await db.SaveChangesAsync();
        }
        var review = await QueryAsync(db => db.ReviewCases.WithParts().AsNoTracking().SingleAsync());
        var decided = await QueryAsync(db => db.Decisions.AsNoTracking().SingleAsync(d => d.Kind != Domain.Decisions.DecisionKind.Grant));
        var cut = Render<CaseAppeal>(p => p.Add(x => x.Case, review).Add(x => x.Decision, decided).Add(x => x.LicenceStatus, "Revoked"));

        cut.WaitForAssertion(() => Assert.Contains("may appeal to the magistrates' court until the end of 5 July 2026", cut.Find("[data-testid=close-refused]").TextContent));
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Close the case");
        Assert.Contains(cut.FindAll("button"), b => b.TextContent.Trim() == "Record the appeal");
    }
}
