using Licensing.Domain.Register;

namespace Licensing.Tests.Register;

/// <summary>The matcher against each variation a search may carry, and the people it must not wrong.</summary>
public class MatcherTests
{
    private static readonly RegisterIdentity Entry = new("Hussain", "Imran Tariq", ["Khan"], new DateOnly(1985, 3, 14), "HUSSA803145IT9AB");

    private static RegisterIdentity Ask(string surname = "Hussain", string forenames = "Imran Tariq", DateOnly? dob = null, string? licence = null, params string[] previous) =>
        new(surname, forenames, previous, dob ?? new DateOnly(1985, 3, 14), licence);

    private static MatchVerdict? Compare(RegisterIdentity asked, RegisterIdentity? entry = null) => RegisterMatcher.Compare(asked, entry ?? Entry);

    [Fact]
    public void Same_licence_number_and_date_of_birth_is_exact() =>
        Assert.Equal(MatchBand.Exact, Compare(Ask(licence: "HUSSA803145IT9AB"))!.Band);

    [Theory]
    [InlineData("Hussein", "Imran Tariq")]          // transliteration
    [InlineData("Husain", "Imran Tariq")]
    [InlineData("Hussian", "Imran Tariq")]          // typing slip
    [InlineData("Hussain", "Imarn Tariq")]          // letters swapped
    [InlineData("Hussain", "Tariq Imran")]          // forenames in another order
    [InlineData("Hussain", "Tariq")]                // known by the middle name
    [InlineData("Hussain", "Imran")]                // middle name left out
    [InlineData("HUSSAIN", "imran tariq")]          // case
    [InlineData("Imran Tariq", "Hussain")]          // surname and forenames the other way round
    public void Name_variations_with_the_same_date_of_birth_and_no_licence_are_strong(string surname, string forenames) =>
        Assert.Equal(MatchBand.Strong, Compare(Ask(surname, forenames))!.Band);

    [Fact]
    public void Known_transliterations_of_a_forename_match() =>
        Assert.Equal(MatchBand.Strong, Compare(Ask("Ali", "Muhammad"), new RegisterIdentity("Ali", "Mohammed", [], new DateOnly(1985, 3, 14), null))!.Band);

    [Fact]
    public void Mac_and_Mc_are_one_prefix() =>
        Assert.Equal(MatchBand.Strong, Compare(Ask("McDonald", "Craig"), new RegisterIdentity("MacDonald", "Craig", [], new DateOnly(1985, 3, 14), null))!.Band);

    [Fact]
    public void Diacritics_do_not_matter() =>
        Assert.Equal(MatchBand.Strong, Compare(Ask("Muller", "Jose"), new RegisterIdentity("Müller", "José", [], new DateOnly(1985, 3, 14), null))!.Band);

    [Fact]
    public void Part_of_a_double_barrelled_surname_matches()
    {
        var entry = new RegisterIdentity("Kowalska-Nowak", "Anna", [], new DateOnly(1990, 6, 21), null);
        Assert.Equal(MatchBand.Strong, Compare(new RegisterIdentity("Nowak", "Anna", [], new DateOnly(1990, 6, 21), null), entry)!.Band);
        Assert.Contains("part of a double-barrelled surname", Compare(new RegisterIdentity("Kowalska", "Anna", [], new DateOnly(1990, 6, 21), null), entry)!.Reasons);
    }

    [Fact]
    public void A_new_surname_with_the_previous_one_given_matches_either_way()
    {
        Assert.Equal(MatchBand.Strong, Compare(Ask("Smith", "Imran Tariq", previous: "Hussain"))!.Band);
        Assert.Equal(MatchBand.Strong, Compare(Ask("Khan", "Imran Tariq"))!.Band); // the entry's previous surname
    }

    [Theory]
    [InlineData(1985, 14, 3)]   // day and month swapped... as a date that exists
    [InlineData(1985, 3, 15)]   // one digit
    [InlineData(1958, 3, 14)]   // year digits swapped
    [InlineData(1984, 3, 14)]   // year digit slip
    [InlineData(1985, 3, 13)]   // a day out
    public void Usual_date_of_birth_slips_with_the_same_names_are_strong(int year, int monthOrDay, int day)
    {
        var dob = monthOrDay > 12 ? new DateOnly(year, day, monthOrDay) : new DateOnly(year, monthOrDay, day);
        Assert.Equal(MatchBand.Strong, Compare(Ask(dob: dob))!.Band);
    }

    [Fact]
    public void Day_and_month_swapped_is_found()
    {
        var entry = new RegisterIdentity("Walker", "Arshad", [], new DateOnly(1988, 6, 9), null);
        var verdict = Compare(new RegisterIdentity("Walker", "Arshad", [], new DateOnly(1988, 9, 6), null), entry)!;
        Assert.Equal(MatchBand.Strong, verdict.Band);
        Assert.Contains("date of birth (day and month swapped)", verdict.Reasons);
    }

    [Fact]
    public void A_slip_in_the_licence_number_still_matches_and_says_so()
    {
        var verdict = Compare(Ask(licence: "HUSSA803145IT9AC"))!;
        Assert.Equal(MatchBand.Strong, verdict.Band);
        Assert.Contains("licence number (near miss)", verdict.Reasons);
    }

    [Fact]
    public void Score_is_between_zero_and_one_with_reasons()
    {
        var verdict = Compare(Ask("Hussein", "Imran"))!;
        Assert.InRange(verdict.Score, 0, 1);
        Assert.Contains("date of birth", verdict.Reasons);
    }

    [Fact]
    public void A_namesake_with_another_date_of_birth_is_not_a_match() =>
        Assert.Null(Compare(Ask(dob: new DateOnly(1979, 8, 2))));

    [Fact]
    public void A_brother_with_the_same_date_of_birth_and_surname_is_at_most_possible()
    {
        Assert.Equal(MatchBand.Possible, Compare(Ask(forenames: "Zubair"))!.Band);
        Assert.Equal(MatchBand.Possible, Compare(Ask(forenames: "Imran Yusuf"), new RegisterIdentity("Hussain", "Imran Tariq", [], new DateOnly(1985, 3, 14), null))!.Band);
    }

    [Fact]
    public void Hassan_and_Hussain_are_different_names_not_spellings_of_one() =>
        Assert.NotEqual(MatchBand.Strong, Compare(Ask("Ali", "Hassan"), new RegisterIdentity("Ali", "Hussain", [], new DateOnly(1985, 3, 14), null))?.Band);

    [Fact]
    public void A_stranger_born_the_same_day_is_not_a_match() =>
        Assert.Null(Compare(Ask("Okonkwo", "Chidi")));

    [Fact]
    public void A_different_licence_number_with_a_slipped_date_is_not_strong() =>
        Assert.NotEqual(MatchBand.Strong, Compare(Ask(dob: new DateOnly(1985, 3, 15), licence: "WALKE801158AB9XY"))?.Band);

    [Fact]
    public void Blocking_keys_of_a_slipped_search_reach_the_entry()
    {
        var entryKeys = MatchKeys.ForEntry(Entry);
        Assert.True(entryKeys.Overlaps(MatchKeys.ForSearch(Ask("Hussein", "Imran", new DateOnly(1985, 4, 14)))));
        Assert.True(entryKeys.Overlaps(MatchKeys.ForSearch(Ask("Smith", "Imran", new DateOnly(1985, 3, 14)))));
        Assert.False(entryKeys.Overlaps(MatchKeys.ForSearch(Ask("Hussain", "Imran", new DateOnly(1970, 1, 1)))));
    }
}
