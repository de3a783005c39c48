using System.Globalization;
using System.Text;

namespace Licensing.Domain.Common;

/// <summary>
/// Normalised forms that entities keep beside the text people typed, so that searches behave the same
/// on SQLite (case-sensitive) and SQL Server (case-insensitive collation): upper case, no diacritics.
/// </summary>
public static class SearchText
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            sb.Append(char.ToUpperInvariant(c) switch { 'Ø' => 'O', 'Æ' => 'A', 'Œ' => 'O', 'ß' => 'S', 'Ł' => 'L', var u => u });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Upper case with every space and punctuation mark removed: for registrations, plates and licence numbers.</summary>
    public static string Compact(string? text) =>
        new(Normalise(text).Where(char.IsLetterOrDigit).ToArray());
}
