namespace Licensing.Domain.Concerns;

/// <summary>
/// Need to know: intelligence graded with handling code C ("conditions apply to sharing") is withheld
/// from the roles the authority names, with a plain note so the reader knows something is held back.
/// A person who also holds a role outside the list (say a manager sitting on the committee) could read
/// the concern itself anyway, so only people whose every role is in the list are kept from it.
/// </summary>
public sealed class RestrictedIntelligence
{
    public const string Section = "Intelligence";
    public const string WithheldNote = "Restricted intelligence (handling code C) withheld";

    public static readonly IReadOnlyList<string> DefaultHiddenFrom = ["CommitteeMember", "PartnerSearcher"];

    /// <summary>Bound from <c>Intelligence:HandlingCodeCHiddenFrom</c>. Null (not a pre-filled list) by default,
    /// because the configuration binder adds to an existing list rather than replacing it.</summary>
    public string[]? HandlingCodeCHiddenFrom { get; set; }

    public bool WithheldFrom(IReadOnlyCollection<string> roles) =>
        roles.Count == 0 || roles.All(r => (HandlingCodeCHiddenFrom ?? DefaultHiddenFrom).Contains(r, StringComparer.OrdinalIgnoreCase));

    public static bool IsRestricted(Grading grading) => grading.Handling == HandlingCode.ConditionsApply;
}
