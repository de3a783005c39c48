using System.Text.RegularExpressions;
using Licensing.Domain.Common;

namespace Licensing.Domain.Licensees;

/// <summary>
/// A driving licence number. GB numbers are 16 characters whose structure encodes the surname, date
/// of birth and initials (DOMAIN.md); Northern Ireland numbers are 8 digits and are accepted with a flag.
/// The check characters' algorithm is not public, so only the structure is enforced; consistency with
/// the holder's details is reported as warnings, because names change.
/// </summary>
public sealed partial record DrivingLicenceNumber
{
    public string Value { get; }
    public bool IsNorthernIreland { get; }

    private DrivingLicenceNumber(string value, bool northernIreland)
    {
        Value = value;
        IsNorthernIreland = northernIreland;
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^[A-Z][A-Z]{0,4}9{0,4}[0-9](0[1-9]|1[0-2]|5[1-9]|6[0-2])(0[1-9]|[12][0-9]|3[01])[0-9][A-Z][A-Z9][0-9][A-Z0-9]{2}$")]
    private static partial Regex GbPattern();

    [GeneratedRegex(@"^[0-9]{8}$")]
    private static partial Regex NorthernIrelandPattern();

    public static bool TryParse(string? text, out DrivingLicenceNumber? number, out string? error)
    {
        number = null;
        error = null;
        var compact = SearchText.Compact(text);
        // The two-digit issue number printed after the licence number is not part of it.
        if (compact.Length == 18 && char.IsDigit(compact[16]) && char.IsDigit(compact[17]) && !NorthernIrelandPattern().IsMatch(compact[..8]))
            compact = compact[..16];
        if (compact.Length == 0)
        {
            error = "Enter a driving licence number";
            return false;
        }
        if (NorthernIrelandPattern().IsMatch(compact))
        {
            number = new DrivingLicenceNumber(compact, northernIreland: true);
            return true;
        }
        if (compact.Length != 16)
        {
            error = "Driving licence number must be 16 characters, like MORGA657054SM9IJ (or 8 digits for Northern Ireland)";
            return false;
        }
        if (compact[..5].Length == 5 && GbPattern().IsMatch(compact) && SurnamePartIsWellFormed(compact[..5]))
        {
            number = new DrivingLicenceNumber(compact, northernIreland: false);
            return true;
        }
        error = "Driving licence number is not in the right format: 5 letters of the surname (padded with 9), 6 digits of the date of birth, 2 initials, a digit and 2 check characters";
        return false;
    }

    public static DrivingLicenceNumber Parse(string text) =>
        TryParse(text, out var number, out var error) ? number! : throw new DomainRuleException(error!, "DrivingLicenceNumber");

    // Letters first, then only 9s: "MC999" is fine, "M9C99" is not.
    private static bool SurnamePartIsWellFormed(string part)
    {
        var firstNine = part.IndexOf('9');
        return firstNine < 0 || part[firstNine..].All(c => c == '9');
    }

    /// <summary>The surname code a GB licence would carry: first five letters, MAC written MC, padded with 9.</summary>
    public static string SurnameCode(string surname)
    {
        var letters = new string(SearchText.Normalise(surname).Where(char.IsAsciiLetter).ToArray());
        if (letters.StartsWith("MAC", StringComparison.Ordinal)) letters = "MC" + letters[3..];
        letters = letters.Length > 5 ? letters[..5] : letters;
        return letters.PadRight(5, '9');
    }

    /// <summary>Where the number disagrees with the holder's details: warnings for the officer, never a block.</summary>
    public IReadOnlyList<string> InconsistenciesWith(string surname, string forenames, DateOnly dateOfBirth, IEnumerable<string>? previousSurnames = null)
    {
        if (IsNorthernIreland) return [];
        var warnings = new List<string>();
        var code = Value[..5];
        var surnames = new[] { surname }.Concat(previousSurnames ?? []);
        if (!surnames.Any(s => SurnameCode(s) == code))
            warnings.Add($"The licence number starts {code}, which does not match the surname {surname} or any previous surname");

        var decade = Value[5] - '0';
        var month = int.Parse(Value.AsSpan(6, 2));
        var day = int.Parse(Value.AsSpan(8, 2));
        var lastDigit = Value[10] - '0';
        if (month > 50) month -= 50;
        if (decade != dateOfBirth.Year / 10 % 10 || lastDigit != dateOfBirth.Year % 10 || month != dateOfBirth.Month || day != dateOfBirth.Day)
            warnings.Add($"The date of birth in the licence number does not match {LondonTime.Format(dateOfBirth)}");

        var names = SearchText.Normalise(forenames).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = names.Length == 0 ? "" : $"{names[0][0]}{(names.Length > 1 ? names[1][0] : '9')}";
        if (initials.Length == 2 && Value.Substring(11, 2) != initials)
            warnings.Add($"The initials in the licence number ({Value.Substring(11, 2)}) do not match the forenames {forenames}");
        return warnings;
    }
}
