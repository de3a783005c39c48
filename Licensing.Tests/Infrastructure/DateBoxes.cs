using Microsoft.Playwright;

namespace Licensing.Tests.Infrastructure;

/// <summary>Fills a GOV.UK date input (its day, month and year boxes) the way an officer types it.</summary>
public static class DateBoxes
{
    public static Task FillDateAsync(this IPage page, string id, DateOnly date) =>
        page.FillDateAsync(id, date.Day.ToString(), date.Month.ToString(), date.Year.ToString());

    /// <summary>Any text, so a test can type a date that is not real or leave a box empty.</summary>
    public static async Task FillDateAsync(this IPage page, string id, string day, string month, string year)
    {
        await page.Locator($"#{id}-day").FillAsync(day);
        await page.Locator($"#{id}-month").FillAsync(month);
        await page.Locator($"#{id}-year").FillAsync(year);
    }
}
