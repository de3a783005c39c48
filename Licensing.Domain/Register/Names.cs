using System.Text;
using Licensing.Domain.Common;

namespace Licensing.Domain.Register;

/// <summary>
/// How the register compares names: tokens without case, diacritics or punctuation; known
/// transliteration variants; a phonetic code for blocking; and edit distances for typing slips.
/// </summary>
public static class Names
{
    /// <summary>"O'Brien-Smith" → ["OBRIEN", "SMITH"]; "Mc Donald" → ["MCDONALD"] is not assumed: spaces split.</summary>
    public static string[] Tokens(string? text)
    {
        var normalised = SearchText.Normalise(text);
        var sb = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            if (c is >= 'A' and <= 'Z') sb.Append(c);
            else if (c is ' ' or '-' or '/' or ',') sb.Append(' ');
        }
        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Canonical).ToArray();
    }

    /// <summary>The forms a surname may be given in: whole (parts joined) and, for a multi-part surname, each part.</summary>
    public static IEnumerable<(string Form, bool IsPart)> SurnameForms(string? surname)
    {
        var tokens = Tokens(surname);
        if (tokens.Length == 0) yield break;
        yield return (string.Concat(tokens), false);
        if (tokens.Length > 1)
            foreach (var t in tokens.Where(t => t.Length > 1)) yield return (t, true);
    }

    // "MAC" and "MC" are one prefix on licences (DVLA) and in people's spelling.
    private static string Canonical(string token) =>
        token.Length > 4 && token.StartsWith("MAC", StringComparison.Ordinal) && !IsVowel(token[3]) ? "MC" + token[3..] : token;

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    /// <summary>American Soundex of a token: the blocking key that survives most spelling variants.</summary>
    public static string Soundex(string token)
    {
        if (token.Length == 0) return "";
        var sb = new StringBuilder(4).Append(token[0]);
        var last = Code(token[0]);
        for (var i = 1; i < token.Length && sb.Length < 4; i++)
        {
            var c = token[i];
            var code = Code(c);
            if (code != '0' && code != last) sb.Append(code);
            if (c is not ('H' or 'W')) last = code;
        }
        return sb.ToString().PadRight(4, '0');
    }

    private static char Code(char c) => c switch
    {
        'B' or 'F' or 'P' or 'V' => '1',
        'C' or 'G' or 'J' or 'K' or 'Q' or 'S' or 'X' or 'Z' => '2',
        'D' or 'T' => '3',
        'L' => '4',
        'M' or 'N' => '5',
        'R' => '6',
        _ => '0',
    };

    /// <summary>
    /// How alike two name tokens are, 0..1: 1 the same; 0.95 known transliterations of one name;
    /// 0.9 one typing slip; 0.87 the same consonants with a vowel or two different; lower otherwise.
    /// Two different names both known to the variant table (Hassan, Hussain) are kept apart.
    /// </summary>
    public static double Similarity(string a, string b)
    {
        if (a == b) return 1;
        var groupA = NameVariants.GroupOf(a);
        var groupB = NameVariants.GroupOf(b);
        if (groupA is not null && groupA == groupB) return 0.95;
        if (groupA is not null && groupB is not null) return 0.5;
        var shorter = Math.Min(a.Length, b.Length);
        var distance = Distance(a, b);
        if (distance == 1 && shorter >= 4) return 0.9;
        if (distance == 2 && shorter >= 8) return 0.88;
        if (distance <= 2 && SameSkeleton(a, b)) return 0.87;
        return JaroWinkler(a, b) * 0.8;
    }

    /// <summary>First letter and the consonants after it, doubled letters once: MOHAMMED and MUHAMAD are both MHMD.</summary>
    public static string Skeleton(string token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (sb.Length > 0 && (IsVowel(c) || c is 'Y' or 'H' or 'W')) continue;
            if (sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Whether two tokens have the same <see cref="Skeleton"/>, without making either (this runs for every pair of names compared).</summary>
    public static bool SameSkeleton(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            var x = NextSkeletonLetter(a, ref i);
            var y = NextSkeletonLetter(b, ref j);
            if (x != y) return false;
            if (x == '\0') return true;
        }
    }

    // The next letter of the token's skeleton from position i on ('\0' at the end): Skeleton's rules, one letter at a time.
    private static char NextSkeletonLetter(string token, ref int i)
    {
        while (i < token.Length)
        {
            var c = token[i++];
            if (i > 1 && (IsVowel(c) || c is 'Y' or 'H' or 'W')) continue;
            if (i > 1 && PreviousSkeletonLetter(token, i - 1) == c) continue;
            return c;
        }
        return '\0';
    }

    // The skeleton letter written last before position at: the first letter, or the last consonant kept after it.
    private static char PreviousSkeletonLetter(string token, int at)
    {
        for (var k = at - 1; k > 0; k--)
            if (!(IsVowel(token[k]) || token[k] is 'Y' or 'H' or 'W')) return token[k];
        return token[0];
    }

    /// <summary>
    /// Optimal string alignment distance (insertions, deletions, substitutions and adjacent swaps) up to
    /// three; 4 stands for four or more. Every caller only asks whether two strings are within two edits.
    /// </summary>
    public static int Distance(string a, string b)
    {
        const int FourOrMore = 4, Band = FourOrMore - 1;
        if (Math.Abs(a.Length - b.Length) > Band) return FourOrMore;
        // Only the cells within three of the diagonal can hold three or less (a path through any other has
        // more edits), so each row computes seven cells, and the work stops when two rows have nothing under
        // four: this runs for every candidate's licence number. Cells beside the band count as four. Three rows
        // on the stack, the one before last for swaps.
        var width = b.Length + 1;
        Span<int> rows = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        var twoBack = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++) previous[j] = Math.Min(j, FourOrMore);
        var previousLeast = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - Band);
            var to = Math.Min(b.Length, i + Band);
            current[from - 1] = from == 1 ? Math.Min(i, FourOrMore) : FourOrMore;
            if (to < b.Length) current[to + 1] = FourOrMore;
            var least = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    cell = Math.Min(cell, twoBack[j - 2] + 1);
                current[j] = cell;
                least = Math.Min(least, cell);
            }
            if (least >= FourOrMore && previousLeast >= FourOrMore) return FourOrMore;
            previousLeast = least;
            var spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return Math.Min(previous[b.Length], FourOrMore);
    }

    public static double JaroWinkler(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> matchedA = a.Length <= 64 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> matchedB = b.Length <= 64 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        for (var j = Math.Max(0, i - window); j < Math.Min(b.Length, i + window + 1); j++)
        {
            if (matchedB[j] || a[i] != b[j]) continue;
            matchedA[i] = matchedB[j] = true;
            matches++;
            break;
        }
        if (matches == 0) return 0;
        var transpositions = 0;
        for (int i = 0, k = 0; i < a.Length; i++)
        {
            if (!matchedA[i]) continue;
            while (!matchedB[k]) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }
        var m = (double)matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
