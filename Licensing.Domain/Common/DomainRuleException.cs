namespace Licensing.Domain.Common;

/// <summary>
/// A licensing rule was broken. The message is a sentence an officer can read; <see cref="Field"/>
/// names the form field it belongs to, when there is one, so the UI can link the error summary to it.
/// </summary>
public sealed class DomainRuleException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
