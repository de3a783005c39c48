using System.Text.RegularExpressions;
using Licensing.Domain.Common;

namespace Licensing.Domain.Licensees;

public static partial class NationalInsuranceNumber
{
    // Two prefix letters (not D, F, I, Q, U or V; the second not O), six digits, suffix A–D.
    [GeneratedRegex("^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")]
    private static partial Regex Pattern();

    public static string? Normalise(string? text) => string.IsNullOrWhiteSpace(text) ? null : SearchText.Compact(text);

    public static bool IsValid(string? text) => Normalise(text) is { } n && Pattern().IsMatch(n);
}
