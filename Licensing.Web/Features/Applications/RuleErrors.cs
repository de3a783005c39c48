using Licensing.Domain.Common;

namespace Licensing.Web.Features.Applications;

/// <summary>The rule failures a form shows: in the GOV.UK error summary, and beside the field they belong to.</summary>
public sealed class RuleErrors
{
    private readonly List<(string? Field, string Message)> items = [];

    public IReadOnlyList<(string? Field, string Message)> Items => items;
    public bool Any => items.Count > 0;

    public void Clear() => items.Clear();
    public void Add(DomainRuleException ex) => items.Add((ex.Field, ex.Message));
    public void Add(string field, string message) => items.Add((field, message));
    public string? For(string field) => items.FirstOrDefault(i => i.Field == field).Message;
    public string GroupClass(string field) => For(field) is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";

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
