using Bunit;
using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Licensees;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Licensing.Tests.Licensees;

/// <summary>
/// The search criteria are a person's name and date of birth: they must never reach the URL, where
/// server and proxy logs, browser history and Referer headers would keep them.
/// </summary>
public class LicenseeSearchPageTests : BunitContext
{
    private const string Surname = "Quartermaine";
    private static readonly DateOnly Born = new(1971, 3, 9);
    private readonly TestDatabase database = new();

    private sealed class Factory(TestDatabase database) : IDbContextFactory<LicensingDbContext>
    {
        public LicensingDbContext CreateDbContext() => database.NewContext();
    }

    public LicenseeSearchPageTests()
    {
        using (var db = database.NewContext())
        {
            // 25 namesakes born the same day, two pages of results, and one born another day.
            for (var i = 0; i < 25; i++)
                db.People.Add(Build.Person($"Person{(char)('A' + i)}", Surname, Born, licence: null));
            db.People.Add(Build.Person("Older", Surname, Born.AddYears(-10), licence: null));
            db.SaveChanges();
        }
        Services.AddSingleton<IDbContextFactory<LicensingDbContext>>(new Factory(database));
        Services.AddSingleton(Options.Create(new AuthorityOptions { Name = "Eastbrook Borough Council", Code = "E07000901" }));
        Services.AddScoped<LastLicenseeSearch>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) database.Dispose();
        base.Dispose(disposing);
    }

    private IRenderedComponent<LicenseeSearch> Searched()
    {
        var cut = Render<LicenseeSearch>();
        cut.Find("input[id=Text]").Change(Surname.ToLowerInvariant());
        cut.Find("#DateOfBirth-day").Change(Born.Day.ToString());
        cut.Find("#DateOfBirth-month").Change(Born.Month.ToString());
        cut.Find("#DateOfBirth-year").Change(Born.Year.ToString());
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Equal("25 people found", cut.Find("[data-testid=result-count]").TextContent));
        return cut;
    }

    private void AssertNoCriteriaIn(string url)
    {
        Assert.DoesNotContain(Surname, url, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Born.Year.ToString(), url);
        Assert.DoesNotContain("q=", url);
        Assert.DoesNotContain("dob=", url);
    }

    [Fact]
    public void A_search_by_name_and_date_of_birth_leaves_the_url_and_every_link_without_them()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var cut = Searched();

        AssertNoCriteriaIn(navigation.Uri);
        Assert.Equal(20, cut.FindAll("[data-testid=results] tbody tr").Count);
        foreach (var link in cut.FindAll("a[href]")) AssertNoCriteriaIn(link.GetAttribute("href")!);
    }

    [Fact]
    public void Paging_keeps_the_criteria_without_putting_them_in_the_url()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var cut = Searched();

        cut.Find(".govuk-pagination__next a").Click();

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[aria-current=page]").TextContent));
        Assert.Equal(5, cut.FindAll("[data-testid=results] tbody tr").Count);
        Assert.Equal("25 people found", cut.Find("[data-testid=result-count]").TextContent);
        AssertNoCriteriaIn(navigation.Uri);
        Assert.Equal("http://localhost/", navigation.Uri);
    }

    [Fact]
    public async Task Coming_back_to_the_search_in_the_same_tab_shows_the_last_results_again()
    {
        var cut = Searched();
        cut.Find(".govuk-pagination__next a").Click();
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[aria-current=page]").TextContent));
        await DisposeComponentsAsync();

        var again = Render<LicenseeSearch>();

        again.WaitForAssertion(() => Assert.Equal("25 people found", again.Find("[data-testid=result-count]").TextContent));
        Assert.Equal("2", again.Find("[aria-current=page]").TextContent);
        Assert.Equal(Surname.ToLowerInvariant(), again.Find("input[id=Text]").GetAttribute("value"));
    }

    [Fact]
    public void An_old_link_with_a_name_in_its_query_is_replaced_by_the_bare_search_page_and_searches_for_nothing()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo($"/licensees?q={Surname}&dob=1971-03-09");

        var cut = Render<LicenseeSearch>();

        Assert.Equal("http://localhost/licensees", navigation.Uri);
        Assert.Empty(cut.FindAll("[data-testid=result-count]"));
    }

    [Fact]
    public void Clearing_the_date_of_birth_widens_the_next_search()
    {
        var cut = Searched();
        cut.Find("#DateOfBirth-day").Change("");
        cut.Find("#DateOfBirth-month").Change("");
        cut.Find("#DateOfBirth-year").Change("");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Equal("26 people found", cut.Find("[data-testid=result-count]").TextContent));
    }
}
