namespace Licensing.Web.Components.Gov;

/// <summary>A message for the error summary; <paramref name="LinkId"/> is the id of the field it links to, if any.</summary>
public sealed record GovError(string Message, string? LinkId = null);
