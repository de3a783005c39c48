namespace Licensing.Web.Components.Gov;

/// <summary>One event on an MOJ timeline: what happened, when (UTC), who did it, and the detail.</summary>
public sealed record TimelineItem(DateTime AtUtc, string Title, string? By = null, string? Description = null,
    IReadOnlyList<string>? Details = null, string? Href = null, string? LinkText = null);
