using Licensing.Domain.Common;
using Microsoft.AspNetCore.Components.Forms;

namespace Licensing.Web.Components.Gov;

/// <summary>
/// Shows a broken licensing rule (or any message the page has) in the form's GOV.UK error summary and
/// beside the field it names. Create one per EditContext; messages clear when the form is submitted
/// again and when the officer changes the field.
/// <code>
/// try { ...; await db.SaveChangesAsync(); }
/// catch (DomainRuleException e) { errors.Show(e); }
/// </code>
/// </summary>
public sealed class FormErrors
{
    private readonly EditContext context;
    private readonly ValidationMessageStore store;
    private readonly Dictionary<string, string> aliases = new(StringComparer.OrdinalIgnoreCase);

    public FormErrors(EditContext context)
    {
        this.context = context;
        store = new ValidationMessageStore(context);
        context.OnValidationRequested += (_, _) => store.Clear();
        context.OnFieldChanged += (_, e) => store.Clear(e.FieldIdentifier);
    }

    /// <summary>When the domain names a field differently from the form: <c>errors.Alias("ExpiresOn", "Expiry")</c>.</summary>
    public FormErrors Alias(string domainField, string formField)
    {
        aliases[domainField] = formField;
        return this;
    }

    public void Show(DomainRuleException rule) => Add(rule.Field, rule.Message);

    /// <summary>A message for a field (by its id or property name), or for the whole form when <paramref name="field"/> is null.</summary>
    public void Add(string? field, string message)
    {
        if (field is not null && aliases.TryGetValue(field, out var alias)) field = alias;
        store.Add(GovFields.Resolve(context, field), message);
        context.NotifyValidationStateChanged();
    }

    public void Clear()
    {
        store.Clear();
        context.NotifyValidationStateChanged();
    }
}
