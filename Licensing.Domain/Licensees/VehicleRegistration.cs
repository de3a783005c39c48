using Licensing.Domain.Common;

namespace Licensing.Domain.Licensees;

/// <summary>Registrations are compared without spaces or case: "AB12 CDE", "ab12cde" are the same car.</summary>
public static class VehicleRegistration
{
    public static string Normalise(string? text) => SearchText.Compact(text);

    public static bool IsPlausible(string? text)
    {
        var n = Normalise(text);
        return n.Length is >= 2 and <= 8 && n.Any(char.IsDigit) && n.Any(char.IsLetter);
    }
}
