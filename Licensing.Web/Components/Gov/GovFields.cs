using System.Linq.Expressions;
using Microsoft.AspNetCore.Components.Forms;

namespace Licensing.Web.Components.Gov;

/// <summary>
/// Field ids and the order fields appear in a form. An id comes from the bound expression without its
/// root: <c>@bind-Value="Form.Surname"</c> gives <c>Surname</c>, <c>Form.Address.Postcode</c> gives
/// <c>Address.Postcode</c>. Each Gov input registers itself on the form's EditContext, so the error
/// summary can link each message to its field in the order the fields appear.
/// </summary>
public static class GovFields
{
    private const string Key = "gov-fields";

    /// <summary>A field on the page: the id of its element, and where the error summary's link should land.</summary>
    public sealed record Field(FieldIdentifier Identifier, string Id, string LinkId);

    public static string IdFor(LambdaExpression expression)
    {
        var names = new List<string>();
        var node = expression.Body;
        while (true)
        {
            if (node is UnaryExpression { NodeType: ExpressionType.Convert } convert) node = convert.Operand;
            else if (node is MemberExpression member)
            {
                names.Add(member.Member.Name);
                if (member.Expression is null or ConstantExpression) break;
                node = member.Expression;
            }
            else break;
        }
        names.Reverse();
        // The first member is the form model the page holds (or a captured local): leave it out.
        return names.Count > 1 ? string.Join('.', names.Skip(1)) : names.FirstOrDefault() ?? "field";
    }

    public static void Register(EditContext context, Field field)
    {
        var fields = All(context);
        var at = fields.FindIndex(f => f.Identifier.Equals(field.Identifier));
        if (at >= 0) fields[at] = field;
        else fields.Add(field);
    }

    public static void Unregister(EditContext context, FieldIdentifier identifier) => All(context).RemoveAll(f => f.Identifier.Equals(identifier));

    /// <summary>The registered fields, in the order they were first rendered (the order on the page).</summary>
    public static List<Field> All(EditContext context)
    {
        if (context.Properties.TryGetValue(Key, out var value) && value is List<Field> list) return list;
        var fields = new List<Field>();
        context.Properties[Key] = fields;
        return fields;
    }

    /// <summary>
    /// The field a rule's field name refers to: a registered field whose id is that name (or ends with
    /// it), else a property of the form model, else the form as a whole.
    /// </summary>
    public static FieldIdentifier Resolve(EditContext context, string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return new FieldIdentifier(context.Model, "");
        var fields = All(context);
        var match = fields.FirstOrDefault(f => string.Equals(f.Id, name, StringComparison.OrdinalIgnoreCase))
            ?? fields.FirstOrDefault(f => f.Id.EndsWith("." + name, StringComparison.OrdinalIgnoreCase));
        if (match is not null) return match.Identifier;
        return context.Model.GetType().GetProperty(name) is not null ? new FieldIdentifier(context.Model, name) : new FieldIdentifier(context.Model, "");
    }
}
