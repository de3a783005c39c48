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
    [InlineData("MORGA657054SM9IJ", "MORGA657054SM9JI", 1)]
    [InlineData("MORGA657054SM9IJ", "MORGA657045SM9IJ", 1)]
    [InlineData("MORGA657054SM9IJ", "JONES657054SM9IJ", 4)]
    public void Distance_counts_insertions_deletions_substitutions_and_adjacent_swaps(string a, string b, int expected) =>
        Assert.Equal(expected, Names.Distance(a, b));

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
