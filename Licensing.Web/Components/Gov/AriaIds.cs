namespace Licensing.Web.Components.Gov;

/// <summary>The ids an aria-describedby names, space-separated: a field's hint, then its error message.</summary>
public static class AriaIds
{
    /// <summary>The ids given, leaving out the missing ones; null when none is left, so Blazor renders no attribute rather than an empty one.</summary>
    public static string? Join(params string?[] ids) =>
        string.Join(' ', ids.Where(id => !string.IsNullOrEmpty(id))) is { Length: > 0 } joined ? joined : null;
}
