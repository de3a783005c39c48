using Bunit;
using Licensing.Domain.Notices;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Notices;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Notices;

public class BankHolidaysPageTests : PageTestContext
{
    public BankHolidaysPageTests() => AsOfficer();

    private void Today(int year, int month, int day) => Database.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(2026, 11, 30, false)]
    [InlineData(2027, 10, 4, true)] // the seeded holidays end on 28 December 2027
    public void The_page_warns_when_fewer_than_ninety_days_of_bank_holidays_are_known(int year, int month, int day, bool warned)
    {
        Today(year, month, day);
        var cut = Render<BankHolidaysPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=holidays] tbody tr")));
        var warnings = cut.FindAll("[data-testid=holidays-running-out]");
        if (warned) Assert.Contains("known only until 28 December 2027", Assert.Single(warnings).TextContent);
        else Assert.Empty(warnings);
    }

    [Fact]
    public async Task Removing_a_day_another_administrator_already_removed_says_so_and_keeps_the_page()
    {
        Today(2027, 12, 1);
        var cut = Render<BankHolidaysPage>();
        cut.WaitForAssertion(() => Assert.Contains("28 December 2027", cut.Find("[data-testid=holidays]").TextContent));
        await using (var db = Database.NewContext())
            await BankHolidayList.RemoveAsync(db, new DateOnly(2027, 12, 28));

        cut.FindAll("button").Single(b => b.TextContent.Contains("28 December 2027")).Click();

        cut.WaitForAssertion(() => Assert.Contains("That date is not a bank holiday", cut.Find(".govuk-error-summary").TextContent));
        Assert.DoesNotContain("28 December 2027", cut.Find("[data-testid=holidays]").TextContent);
        Assert.Equal(0, await QueryAsync(db => db.BankHolidays.CountAsync(h => h.Date == new DateOnly(2027, 12, 28))));
    }
}
