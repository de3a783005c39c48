using Licensing.Domain.Common;
using Licensing.Domain.Licensees;

namespace Licensing.Domain.Concerns;

/// <summary>
/// Something a concern gives that may identify a licensee later. The search value is normalised per
/// kind, so "kx19 abc" finds "KX19ABC" and "+44 7700 900123" finds "07700 900123".
/// </summary>
public sealed class ConcernIdentifier
{
    public const int ValueMaxLength = 300;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ConcernId { get; private set; }
    public IdentifierKind Kind { get; private set; }
    public string Value { get; private set; } = "";
    public string SearchValue { get; private set; } = "";

    private ConcernIdentifier() { }

    public static ConcernIdentifier Create(IdentifierKind kind, string value)
    {
        var search = Normalise(kind, value);
        if (search.Length == 0) throw new DomainRuleException($"Enter a {Describe(kind).ToLowerInvariant()} with letters or digits", "Identifiers");
        if (kind == IdentifierKind.VehicleRegistration && !VehicleRegistration.IsPlausible(value))
            throw new DomainRuleException($"{value.Trim()} does not look like a vehicle registration (letters and digits, up to 8)", "Identifiers");
        var shown = kind is IdentifierKind.VehicleRegistration or IdentifierKind.PlateOrBadge ? value.Trim().ToUpperInvariant() : value.Trim();
        return new ConcernIdentifier { Kind = kind, Value = shown, SearchValue = search };
    }

    public static string Normalise(IdentifierKind kind, string? value) => kind switch
    {
        IdentifierKind.VehicleRegistration or IdentifierKind.PlateOrBadge => SearchText.Compact(value),
        IdentifierKind.Phone => PhoneNumber.Normalise(value) ?? "",
        _ => SearchText.Normalise(value),
    };

    /// <summary>Exact kinds match whole values; free-text kinds (nickname, description, place) match on contained words.</summary>
    public static bool IsExactKind(IdentifierKind kind) => kind is IdentifierKind.VehicleRegistration or IdentifierKind.PlateOrBadge or IdentifierKind.Phone;

    public static string Describe(IdentifierKind kind) => kind switch
    {
        IdentifierKind.VehicleRegistration => "Vehicle registration",
        IdentifierKind.PlateOrBadge => "Plate or badge number",
        IdentifierKind.Phone => "Phone number",
        _ => kind.ToString(),
    };
}

public enum IdentifierKind { VehicleRegistration, PlateOrBadge, Phone, Nickname, Description, Place }
