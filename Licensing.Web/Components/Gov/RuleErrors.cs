using Licensing.Domain.Common;

namespace Licensing.Web.Components.Gov;

/// <summary>
/// The problems a form without an EditForm shows: every one in the GOV.UK error summary (<see cref="RuleErrorSummary"/>),
/// each beside the field it belongs to (<see cref="FieldError"/>). The page collects all it can check before
/// it saves, so the officer sees every problem at once rather than one per submission.
/// </summary>
public sealed class RuleErrors
{
    private readonly List<(string? Field, string Message)> items = [];
    // A date's field id names its box group; the summary links to a box inside it (day, or the first at fault).
    private readonly Dictionary<string, string> links = [];

    public IReadOnlyList<(string? Field, string Message)> Items => items;
    public bool Any => items.Count > 0;

    public void Clear() => items.Clear();
    public void Add(DomainRuleException ex) => Add(ex.Field, ex.Message);
    /// <summary>A problem with a field, or with the whole form when <paramref name="field"/> is null (the summary shows it without a link).</summary>
    public void Add(string? field, string message) => items.Add((field, message));
    public string? For(string field) => items.FirstOrDefault(i => i.Field == field).Message;
    /// <summary>When the field's id on the page is not its name: one of several like it, or a group's first input.</summary>
    public void LinkTo(string field, string id) => links[field] = id;
    /// <summary>The id the error summary links to for a field.</summary>
    public string LinkFor(string field) => links.TryGetValue(field, out var link) ? link : field;

    /// <summary>
    /// Reads a date from its three boxes; a missing part or an impossible date becomes the field's error
    /// (in GOV.UK's words, linked to the first box at fault). Read every date before saving and save
    /// nothing while <see cref="Any"/>.
    /// </summary>
    /// <param name="name">How the message names the date: "Date checked" gives "Date checked must be a real date".</param>
    public DateOnly? Read(DateParts date, string field, string name, string? requiredMessage = null)
    {
        var value = date.Read(name, requiredMessage, out var error);
        links[field] = $"{field}-{date.FirstFaulty}";
        if (error is not null) Add(field, error);
        return value;
    }

    public string GroupClass(string field) => For(field) is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";

    /// <summary>The id of a field's message beside it (<see cref="FieldError"/>).</summary>
    public static string ErrorId(string field, string prefix = "") => $"{prefix}{field}-error";

    /// <summary>
    /// The field's aria-describedby: its hint, then its message while it has one, so a screen reader announces
    /// the problem when the officer reaches the input (or the fieldset, for a group). Null when there is neither,
    /// so Blazor leaves the attribute out. Put it on the element the message describes.
    /// </summary>
    public string? DescribedBy(string field, string? hintId = null, string prefix = "") =>
        AriaIds.Join(hintId, For(field) is null ? null : ErrorId(field, prefix));

    /// <summary>Runs a handler; a broken rule becomes an error on the form instead of ending the circuit.</summary>
    public async Task<bool> TryAsync(Func<Task> handler)
    {
        Clear();
        try
        {
            await handler();
            return true;
        }
        catch (DomainRuleException ex)
        {
            Add(ex);
            return false;
        }
    }
}
