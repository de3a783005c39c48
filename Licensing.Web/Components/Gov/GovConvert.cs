using Microsoft.AspNetCore.Components;

namespace Licensing.Web.Components.Gov;

internal static class GovConvert
{
    public static bool TryParse<TValue>(string? text, string label, out TValue result, out string error)
    {
        error = "";
        if (string.IsNullOrEmpty(text))
        {
            result = default!;
            return true;
        }
        if (BindConverter.TryConvertTo<TValue>(text, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            result = value!;
            return true;
        }
        result = default!;
        error = $"Choose {label.ToLowerInvariant()} from the list";
        return false;
    }
}
