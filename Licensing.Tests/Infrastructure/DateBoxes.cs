using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;

namespace Licensing.Tests.Infrastructure;

/// <summary>Fills a GOV.UK date input (its day, month and year boxes) the way an officer types it, in a browser or in bUnit, and checks how it reports a wrong date.</summary>
public static class DateBoxes
{
    private static readonly string[] Boxes = ["day", "month", "year"];

    public static Task FillDateAsync(this IPage page, string id, DateOnly date) =>
        page.FillDateAsync(id, date.Day.ToString(), date.Month.ToString(), date.Year.ToString());

    /// <summary>Any text, so a test can type a date that is not real or leave a box empty.</summary>
    public static async Task FillDateAsync(this IPage page, string id, string day, string month, string year)
    {
        await page.Locator($"#{id}-day").FillAsync(day);
        await page.Locator($"#{id}-month").FillAsync(month);
        await page.Locator($"#{id}-year").FillAsync(year);
    }

    public static void TypeDate<T>(this IRenderedComponent<T> cut, string id, string day, string month, string year) where T : IComponent
    {
        cut.Find($"#{id}-day").Change(day);
        cut.Find($"#{id}-month").Change(month);
        cut.Find($"#{id}-year").Change(year);
    }

    /// <summary>A fieldset with the legend, three text boxes labelled Day, Month and Year, and no browser date picker anywhere.</summary>
    public static void AssertThreeLabelledBoxes<T>(this IRenderedComponent<T> cut, string id, string legend) where T : IComponent
    {
        var group = cut.Find($"#{id}").Closest("fieldset")!;
        Assert.Equal(legend, group.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal(["Day", "Month", "Year"], Boxes.Select(b => cut.Find($"label[for='{id}-{b}']").TextContent.Trim()));
        Assert.All(Boxes, b => Assert.Equal("text", cut.Find($"#{id}-{b}").GetAttribute("type")));
        Assert.Empty(cut.FindAll("input[type=date]"));
    }

    /// <summary>The summary's message and where it links (the box at fault), the message beside the field, the box marked, and every message on the page named by its field.</summary>
    public static void AssertDateError<T>(this IRenderedComponent<T> cut, string id, string message, string box) where T : IComponent
    {
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll(".govuk-error-summary__list a"),
            a => a.TextContent == message && a.GetAttribute("href")!.EndsWith($"#{id}-{box}")));
        Assert.Contains(message, cut.Find($"#{id}-error").TextContent);
        Assert.Contains($"{id}-error", cut.Find($"#{id}").Closest("fieldset")!.GetAttribute("aria-describedby"));
        Assert.Contains("govuk-input--error", cut.Find($"#{id}-{box}").ClassName);
        // Whatever else the page reports at the same time is named by its field too.
        cut.AssertEachNamedByItsField();
    }
}
