using Bunit;
using Licensing.Domain.Concerns;
using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;

namespace Licensing.Tests.Infrastructure;

/// <summary>Chooses the three parts of a 3×5×2 grade (GradingFields), which start with nothing chosen, in a browser or in bUnit.</summary>
public static class GradingChoices
{
    public static void ChooseGrading<T>(this IRenderedComponent<T> cut, string idPrefix, Grading grading) where T : IComponent
    {
        cut.Find($"#{idPrefix}GradingSource").Change(grading.Source.ToString());
        cut.Find($"#{idPrefix}GradingInformation").Change(grading.Information.ToString());
        cut.Find($"#{idPrefix}GradingHandling").Change(grading.Handling.ToString());
    }

    public static async Task ChooseGradingAsync(this IPage page, string idPrefix, Grading grading)
    {
        await page.Locator($"#{idPrefix}GradingSource").SelectOptionAsync(grading.Source.ToString());
        await page.Locator($"#{idPrefix}GradingInformation").SelectOptionAsync(grading.Information.ToString());
        await page.Locator($"#{idPrefix}GradingHandling").SelectOptionAsync(grading.Handling.ToString());
    }
}
