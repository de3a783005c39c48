using Bunit;
using Licensing.Domain.Decisions;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Licensees;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Tests.Licensees;

/// <summary>The licence page asks for the badge's return after a revocation; the outstanding list shows it until then.</summary>
public class DocumentReturnPageTests : PageTestContext
{
    public DocumentReturnPageTests() => AsOfficer();

    [Fact]
    public async Task The_person_page_warns_of_a_badge_not_returned_and_links_to_its_licence()
    {
        var (licenceId, _) = await DocumentReturnTests.OutOfForceAsync(Database, DecisionKind.Suspension);
        var personId = await QueryAsync(db => db.People.Select(p => p.Id).SingleAsync());

        var cut = Render<PersonPage>(p => p.Add(c => c.Id, personId));

        cut.WaitForAssertion(() => Assert.Contains("badge 1001 and licence (licence DL00001)", cut.Find("[data-testid=returns-outstanding]").TextContent));
        Assert.Equal($"/licences/{licenceId}#return", cut.Find("[data-testid=returns-outstanding] a").GetAttribute("href"));
    }

    [Fact]
    public async Task The_licence_page_records_the_badges_return_and_refuses_a_return_with_neither_date_nor_reason()
    {
        var (licenceId, _) = await DocumentReturnTests.OutOfForceAsync(Database, DecisionKind.Revocation);
        var list = Render<ReturnsOutstanding>();
        list.WaitForAssertion(() => Assert.Contains("DL00001", list.Find("[data-testid=returns-outstanding]").TextContent));

        var cut = Render<LicencePage>(p => p.Add(c => c.Id, licenceId));
        cut.WaitForAssertion(() => Assert.Contains("badge 1001 and licence have not been recorded as returned", cut.Find("[data-testid=return-outstanding]").TextContent));

        cut.TypeDate("ReturnedOn", "", "", "");
        cut.Find("#return ~ form").Submit();
        cut.WaitForAssertion(() => Assert.Contains("Enter the date the badge 1001 and licence were returned", cut.Find(".govuk-error-summary").TextContent));
        Assert.Equal(0, await QueryAsync(db => db.DocumentReturns.CountAsync()));

        cut.TypeDate("ReturnedOn", "15", "6", "2026");
        cut.Find("#return ~ form").Submit();
        cut.WaitForAssertion(() => Assert.Contains("saved=Return%20recorded", Services.GetRequiredService<NavigationManager>().Uri));
        Assert.Equal(new DateOnly(2026, 6, 15), await QueryAsync(db => db.DocumentReturns.Select(r => r.ReturnedOn).SingleAsync()));
        var after = Render<ReturnsOutstanding>();
        after.WaitForAssertion(() => Assert.Contains("Every badge, plate and licence due back has been recorded", after.Find("[data-testid=returns-outstanding]").TextContent));
    }
}
