using Licensing.Domain.Register;

namespace Licensing.Tests.Register;

/// <summary>The small measures the matcher is built from, pinned so that making them faster cannot change them.</summary>
public class NamesAndDatesTests
{
    [Theory]
    [InlineData("KHAN", "KHAN", 0)]
    [InlineData("KHAN", "KAHN", 1)]
    [InlineData("SMITH", "SMYTHE", 2)]
    [InlineData("MOHAMMED", "MUHAMMAD", 2)]
    [InlineData("", "ABC", 3)]
    [InlineData("ABC", "", 3)]
    [InlineData("AB", "ABCDEF", 4)]
    [InlineData("ABCD", "BADC", 2)]
    [InlineData("ABCDEFGH", "HGFEDCBA", 4)]
    [InlineData("MORGA657054SM9IJ", "MORGA657054SM9JI", 1)]
    [InlineData("MORGA657054SM9IJ", "MORGA657045SM9IJ", 1)]
    [InlineData("MORGA657054SM9IJ", "JONES657054SM9IJ", 4)]
    public void Distance_counts_insertions_deletions_substitutions_and_adjacent_swaps(string a, string b, int expected) =>
        Assert.Equal(expected, Names.Distance(a, b));

    [Fact]
    public void Distance_is_exact_up_to_three_and_four_beyond_on_many_random_pairs()
    {
        var random = new Random(11);
        string Word(int length) => new(Enumerable.Range(0, length).Select(_ => "ABCDE"[random.Next(5)]).ToArray());
        for (var n = 0; n < 20_000; n++)
        {
            var a = Word(random.Next(0, 18));
            // Often a near copy of the first, so that small distances are tried as much as large ones.
            var b = random.Next(2) == 0 ? Word(random.Next(0, 18)) : Mutate(a, random.Next(0, 5));
            Assert.True(Math.Min(FullDistance(a, b), 4) == Names.Distance(a, b), $"{a} / {b}");
        }

        string Mutate(string s, int edits)
        {
            var chars = s.ToList();
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(chars.Count + 1);
                switch (random.Next(4))
                {
                    case 0: chars.Insert(at, "ABCDE"[random.Next(5)]); break;
                    case 1 when at < chars.Count: chars.RemoveAt(at); break;
                    case 2 when at < chars.Count: chars[at] = "ABCDE"[random.Next(5)]; break;
                    case 3 when at + 1 < chars.Count: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
                }
            }
            return new string(chars.ToArray());
        }
    }

    // The whole table, as the textbook computes it: what the banded distance must agree with.
    private static int FullDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    [Theory]
    [InlineData("1980-03-14", "1980-03-14", DatesOfBirth.Slip.None)]
    [InlineData("1980-03-04", "1980-04-03", DatesOfBirth.Slip.DayMonthSwapped)]
    [InlineData("1980-03-14", "1980-03-15", DatesOfBirth.Slip.NextDay)]
    [InlineData("1980-11-30", "1980-12-01", DatesOfBirth.Slip.NextDay)]
    [InlineData("1980-03-14", "1981-03-14", DatesOfBirth.Slip.OneDigit)]
    [InlineData("1980-03-14", "1908-03-14", DatesOfBirth.Slip.DigitsSwapped)]
    [InlineData("1980-03-14", "1979-03-14", DatesOfBirth.Slip.Different)]
    [InlineData("1980-03-14", "1980-05-16", DatesOfBirth.Slip.Different)]
    public void Dates_of_birth_are_compared_for_the_usual_keying_slips(string a, string b, DatesOfBirth.Slip expected) => Assert.Equal(expected, DatesOfBirth.Compare(DateOnly.Parse(a), DateOnly.Parse(b)));
}
