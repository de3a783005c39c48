using Bunit;
using Licensing.Domain.Cases;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Cases;

/// <summary>
/// The outcome fields (decision, recommendation, the court's variation) show their own problems beside them,
/// and the error summary links to the input itself, whose id carries the form's prefix.
/// </summary>
public class OutcomeFieldsErrorTests : PageTestContext
{
    public OutcomeFieldsErrorTests() => AsManager();

    [Fact]
    public async Task A_decision_without_reasons_links_the_summary_to_the_reasons_box_and_says_so_beside_it()
    {
        await using (var db = Database.NewContext())
        {
            new ReviewScenario().WithRecommendation(CaseOutcome.Suspension).AddTo(db);
            await db.SaveChangesAsync();
        }
        var review = await QueryAsync(db => db.ReviewCases.WithParts().AsNoTracking().SingleAsync());
        var cut = Render<CaseDecision>(p => p.Add(x => x.Case, review));
        cut.Find("#OutcomeReasonsText").Change("");

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Record the decision").Click();

        cut.WaitForAssertion(() => Assert.Equal([("Give the reasons", "#OutcomeReasonsText")],
            cut.FindAll(".govuk-error-summary__list a").Select(a => (a.TextContent, a.GetAttribute("href")![a.GetAttribute("href")!.IndexOf('#')..])).ToList()));
        var beside = cut.Find("#OutcomeReasons-error");
        Assert.Contains("Give the reasons", beside.TextContent);
        Assert.Contains("govuk-form-group--error", beside.Closest(".govuk-form-group")!.ClassName);
        Assert.Single(cut.FindAll(".govuk-form-group--error"));
        Assert.Equal("OutcomeReasons-error", cut.Find("#OutcomeReasonsText").GetAttribute("aria-describedby"));
        cut.AssertEachNamedByItsField();
        Assert.Equal(CaseStage.AwaitingDecision, (await QueryAsync(db => db.ReviewCases.AsNoTracking().SingleAsync())).Stage);
    }
    [Fact]
    public async Task A_suspension_length_that_is_not_a_number_is_refused_rather_than_replaced_by_the_recommended_one()
    {
        await using (var db = Database.NewContext())
        {
            new ReviewScenario().WithRecommendation(CaseOutcome.Suspension).AddTo(db); // recommended: 3 months
            await db.SaveChangesAsync();
        }
        var review = await QueryAsync(db => db.ReviewCases.WithParts().AsNoTracking().SingleAsync());
        var cut = Render<CaseDecision>(p => p.Add(x => x.Case, review));
        Assert.Equal("3", cut.Find("#OutcomeSuspensionLength").GetAttribute("value"));
        cut.Find("#OutcomeReasonsText").Change("Proven conduct; a suspension marks it");
        cut.Find("#OutcomeSuspensionLength").Change("12 weeks");

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Record the decision").Click();

        cut.WaitForAssertion(() => Assert.Equal("#OutcomeSuspensionLength", cut.Find(".govuk-error-summary__list a").GetAttribute("href")![cut.Find(".govuk-error-summary__list a").GetAttribute("href")!.IndexOf('#')..]));
        Assert.Contains("whole number", cut.Find(".govuk-error-summary__list a").TextContent);
        Assert.Contains("\"12 weeks\" is not a number", cut.Find("#SuspensionLength-error").TextContent);
        Assert.Equal("12 weeks", cut.Find("#OutcomeSuspensionLength").GetAttribute("value"));
        Assert.Equal(CaseStage.AwaitingDecision, (await QueryAsync(db => db.ReviewCases.AsNoTracking().SingleAsync())).Stage);
        Assert.Equal(0, await QueryAsync(db => db.Decisions.CountAsync(d => d.ReviewCaseId == review.Id)));
    }
}
