using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Licensing.Web.Components.Gov;

/// <summary>
/// What every GOV.UK form field shares: a label (or legend), an optional hint, the field's validation
/// messages, and ids that tie them together for screen readers (aria-describedby) and for the error
/// summary's links. Built on InputBase so fields validate like any Blazor input.
/// </summary>
public abstract class GovInputBase<TValue> : InputBase<TValue>
{
    [Parameter, EditorRequired] public string Label { get; set; } = "";
    [Parameter] public string? Hint { get; set; }
    /// <summary>Overrides the id taken from the bound expression.</summary>
    [Parameter] public string? Id { get; set; }
    /// <summary>Extra label or legend classes, e.g. govuk-label--m.</summary>
    [Parameter] public string? LabelClass { get; set; }

    public string FieldId => Id ?? (ValueExpression is null ? "field" : GovFields.IdFor(ValueExpression));
    protected string HintId => $"{FieldId}-hint";
    protected string ErrorId => $"{FieldId}-error";
    /// <summary>Where the error summary's link lands: the first control.</summary>
    protected virtual string LinkId => FieldId;

    protected IReadOnlyList<string> Errors => EditContext.GetValidationMessages(FieldIdentifier).ToList();
    protected bool HasError => Errors.Count > 0;
    protected string ErrorText => string.Join(". ", Errors);

    protected string? DescribedBy => AriaIds.Join(string.IsNullOrEmpty(Hint) ? null : HintId, HasError ? ErrorId : null);

    protected string GroupClass => HasError ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";

    protected override void OnParametersSet()
    {
        base.OnParametersSet();
        GovFields.Register(EditContext, new GovFields.Field(FieldIdentifier, FieldId, LinkId));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && EditContext is not null) GovFields.Unregister(EditContext, FieldIdentifier);
        base.Dispose(disposing);
    }
}
