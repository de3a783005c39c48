using Bunit;
using Licensing.Domain.Concerns;
using Licensing.Tests.Cases;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Concerns;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Tests.Concerns;

/// <summary>The concern page warns when a licensee reported their own arrest, charge or conviction late.</summary>
public class LateSelfReportPageTests : PageTestContext
{
    public LateSelfReportPageTests()
    {
        Services.AddSingleton(new AttachmentStore(Path.Combine(Path.GetTempPath(), $"attachments-{Guid.NewGuid():N}")));
        AsOfficer();
    }

    [Theory]
    [InlineData(ConcernSource.SelfReport, -9, true)]
    [InlineData(ConcernSource.SelfReport, -1, false)]
    [InlineData(ConcernSource.Police, -9, false)]
    public async Task The_concern_page_warns_of_a_late_self_report_and_of_nothing_else(ConcernSource source, int daysBefore, bool warned)
    {
        var today = ReviewScenario.Today;
        var concern = Concern.Record(new ConcernDraft(source, ConcernCategory.Violence, Grading.Untested, "Arrested after a fight outside a pub", today,
            [(IdentifierKind.PlateOrBadge, "1001")], SourceDetail: "PC 1234", OccurredOn: today.AddDays(daysBefore)), "CN-2026-0011", "Olivia Officer", today, DateTime.UtcNow);
        await using (var db = Database.NewContext())
        {
            db.Concerns.Add(concern);
            await db.SaveChangesAsync();
        }

        var cut = Render<ConcernPage>(p => p.Add(x => x.Id, concern.Id));

        cut.WaitForAssertion(() => Assert.Contains("CN-2026-0011", cut.Find("h1").TextContent));
        var warnings = cut.FindAll("[data-testid=late-self-report]");
        if (warned) Assert.Contains("reported by the licensee 9 days after it happened", Assert.Single(warnings).TextContent);
        else Assert.Empty(warnings);
    }
}
