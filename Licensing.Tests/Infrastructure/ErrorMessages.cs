using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;

namespace Licensing.Tests.Infrastructure;

/// <summary>
/// GOV.UK's error message pattern for screen readers: each message beside a field has an id, and an input,
/// select, textarea or fieldset in the same form group names it in aria-describedby, so the message is read
/// out when the officer reaches the field. A message outside any form group (a table cell) looks in its parent.
/// </summary>
public static class ErrorMessages
{
    private const string Controls = "input, select, textarea, fieldset";

    /// <summary>After a refused submission: there is at least one message, and every one is named by its field.</summary>
    public static void AssertEachNamedByItsField<T>(this IRenderedComponent<T> cut) where T : IComponent
    {
        var messages = cut.FindAll(".govuk-error-message");
        Assert.NotEmpty(messages);
        Assert.All(messages, message =>
        {
            var group = message.Closest(".govuk-form-group") ?? message.ParentElement!;
            var named = !string.IsNullOrEmpty(message.Id) && group.QuerySelectorAll(Controls).Any(c => DescribedBy(c).Contains(message.Id));
            Assert.True(named, $"No field names the error message \"{message.TextContent.Trim()}\" (id \"{message.Id}\") in aria-describedby:\n{group.OuterHtml}");
        });
    }

    private static string[] DescribedBy(IElement control) =>
        (control.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>In a browser: every message on the page is named by its field; none at all is fine (most pages show none).</summary>
    public static async Task AssertEachNamedByItsFieldAsync(IPage page)
    {
        var unnamed = await page.EvaluateAsync<string[]>(UnnamedScript, Controls);
        Assert.True(unnamed.Length == 0, $"On {page.Url} no field names these error messages in aria-describedby: {string.Join("; ", unnamed)}");
    }

    // The same rule as the bUnit check, run in the page; returns each unnamed message's id and text.
    private const string UnnamedScript = """
        controls => [...document.querySelectorAll('.govuk-error-message')]
            .filter(m => {
                const group = m.closest('.govuk-form-group') ?? m.parentElement;
                return !m.id || ![...group.querySelectorAll(controls)]
                    .some(c => (c.getAttribute('aria-describedby') ?? '').split(/\s+/).includes(m.id));
            })
            .map(m => `#${m.id} "${m.textContent.trim()}"`)
        """;
}
