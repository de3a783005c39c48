using Microsoft.AspNetCore.Components;

namespace Licensing.Web.Components.Gov;

/// <summary>One choice in a select, radios or checkboxes; <paramref name="Conditional"/> shows beneath a chosen radio.</summary>
public sealed record GovOption<TValue>(TValue Value, string Text, string? Hint = null, RenderFragment? Conditional = null);

public static class GovOption
{
    /// <summary>Every value of an enum, described for people.</summary>
    public static IReadOnlyList<GovOption<TEnum>> For<TEnum>(Func<TEnum, string> describe) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new GovOption<TEnum>(v, describe(v))).ToList();
}
