using Licensing.Domain.Register;

namespace Licensing.Tests.Register;

/// <summary>
/// The register index rules candidates out from keys, without comparing names (NameKey, LicenceKey,
/// RegisterMatcher.RuledOut). A filter that ruled out a person the matcher would band would let a
/// refused driver through unseen, so each is checked against the matcher itself on many pairs made by
/// the same slips a search must survive.
/// </summary>
public class IndexFilterTests
{
    private static readonly string[] Surnames =
        ["Hussain", "Hussein", "Khan", "Kahn", "Smith", "Smyth", "MacDonald", "McDonald", "O'Brien-Smith", "Chaudhry", "Choudhury", "Ali", "Aly",
         "Nowak", "Kowalski", "Okafor", "Shah", "Shaw", "Begum", "Iqbal", "Qureshi", "Kureshi", "Taylor", "Tailor", "Ahmed", "Ahmad", "Brown-Jones"];

    private static readonly string[] Forenames =
        ["Mohammed", "Muhammad", "Imran", "Imarn", "Tariq", "Tarik", "Asif", "Stephen", "Steven", "Catherine", "Katherine", "Jozef", "Josef",
         "Kamran", "Karim", "Mark", "Marek", "Omar", "Umar", "Sean", "Shaun", "Piotr", "Ionut", "Abdul", "Zubair", "Lee", "Al"];

    [Fact]
    public void Name_keys_never_rule_out_names_the_matcher_counts_as_agreeing()
    {
        var tokens = Surnames.Concat(Forenames).SelectMany(Names.Tokens).SelectMany(t => new[] { t, Typo(t, 1), Typo(t, 2), Typo(t, 3) }).Distinct().ToList();
        var checkedPairs = 0;
        foreach (var a in tokens)
        foreach (var b in tokens)
        {
            Assert.Equal(Names.Skeleton(a) == Names.Skeleton(b), Names.SameSkeleton(a, b));
            if (Names.Similarity(a, b) < NameKey.Agreeing) continue;
            checkedPairs++;
            Assert.True(NameKey.MayAgree(NameKey.Of(a), NameKey.Of(b)), $"{a} and {b} agree, but their keys say they cannot");
        }
        Assert.True(checkedPairs > 500);
    }

    [Fact]
    public void Licence_keys_never_rule_out_a_near_miss()
    {
        var random = new Random(11);
        for (var i = 0; i < 5000; i++)
        {
            var licence = RandomLicence(random);
            var slipped = random.Next(3) switch
            {
                0 => Typo(licence, random.Next(100)),
                1 => Typo(Typo(licence, random.Next(100)), random.Next(100)),
                _ => RandomLicence(random)[..5] + licence[5..13] + RandomLicence(random)[13..],
            };
            Assert.True(LicenceKey.MayAgree(LicenceKey.Of(licence), LicenceKey.Of(slipped)), $"{licence} and {slipped}");
        }
    }

    [Fact]
    public void The_vector_scan_of_name_codes_finds_what_the_entry_by_entry_check_finds()
    {
        var random = new Random(5);
        var names = Surnames.Concat(Forenames).SelectMany(Names.Tokens).Distinct().ToArray();
        ushort Code() => random.Next(8) == 0 ? (ushort)0 : NameKey.Of(names[random.Next(names.Length)]).Code;
        var found = new List<(int At, DatesOfBirth.Slip Dob, RegisterIndex.CodeShared Shares)>();
        var shared = 0;
        for (var n = 0; n < 300; n++)
        {
            var asked = new RegisterIndex.Asked(new RegisterIdentity(Pick(Surnames), Pick(Forenames) + " " + Pick(Forenames), [], new DateOnly(1980, 3, 14), null));
            // Entries with none, one, two or more than two codes (More) in either half, in runs of every length.
            var codes = Enumerable.Range(0, random.Next(0, 40))
                .Select(_ => RegisterIndex.Person.PackCodes(Enumerable.Range(0, random.Next(4)).Select(_ => Code()), Enumerable.Range(0, random.Next(4)).Select(_ => Code())))
                .ToArray();
            var from = random.Next(codes.Length + 1);
            found.Clear();
            asked.Sharing(codes, from, codes.Length, DatesOfBirth.Slip.OneDigit, found);
            var expected = Enumerable.Range(from, codes.Length - from).Select(i => (At: i, Shares: asked.SharesCode(codes[i])))
                .Where(e => e.Shares != RegisterIndex.CodeShared.No).ToList();
            Assert.Equal(expected, found.Select(f => (f.At, f.Shares)).ToList());
            shared += expected.Count;
        }
        Assert.True(shared > 500);

        string Pick(string[] from) => from[random.Next(from.Length)];
    }

    [Fact]
    public void No_candidate_the_matcher_would_band_is_ruled_out()
    {
        var random = new Random(2026);
        var banded = 0;
        for (var i = 0; i < 40_000; i++)
        {
            var entry = RandomPerson(random);
            var asked = Vary(entry, random);
            var entryForms = MatchForms.Of(entry);
            var askedForms = MatchForms.Of(asked);
            if (RegisterMatcher.Compare(askedForms, entryForms) is null) continue;
            banded++;
            var names = RegisterMatcher.AskedNames.Of(askedForms);
            var licences = LicenceKey.MayAgree(LicenceKey.Of(askedForms.Licence), LicenceKey.Of(entryForms.Licence));
            var ruledOut = RegisterMatcher.RuledOut(DatesOfBirth.Compare(asked.DateOfBirth, entry.DateOfBirth), licences, names,
                NameKey.Of(entryForms.Surnames.Select(s => s.Form)), NameKey.Of(entryForms.Forenames));
            // The index always compares a candidate with the same licence number, whatever the filter says.
            if (askedForms.Licence.Length > 0 && askedForms.Licence == entryForms.Licence) continue;
            Assert.False(ruledOut, $"{asked} was banded against {entry}, but the index would not have compared them");
        }
        Assert.True(banded > 10_000);
    }

    [Theory]
    [InlineData("1980-03-14")]
    [InlineData("1999-12-31")]
    [InlineData("1901-01-01")]
    [InlineData("2004-02-29")]
    [InlineData("1975-11-05")]
    public void The_slips_of_a_date_are_every_date_the_comparison_calls_a_slip(string date)
    {
        var dob = DateOnly.Parse(date);
        var expected = new HashSet<DateOnly>();
        for (var d = new DateOnly(1900, 1, 1); d.Year < 2100; d = d.AddDays(1))
            if (DatesOfBirth.Compare(dob, d) is not (DatesOfBirth.Slip.None or DatesOfBirth.Slip.Different)) expected.Add(d);
        var slips = DatesOfBirth.Slips(dob).Where(d => d.Year < 2100).ToHashSet();
        Assert.True(expected.SetEquals(slips), $"missing {string.Join(", ", expected.Except(slips))}; extra {string.Join(", ", slips.Except(expected))}");
    }

    private static RegisterIdentity RandomPerson(Random random) =>
        new(Surnames[random.Next(Surnames.Length)],
            random.Next(3) == 0 ? $"{Forenames[random.Next(Forenames.Length)]} {Forenames[random.Next(Forenames.Length)]}" : Forenames[random.Next(Forenames.Length)],
            random.Next(6) == 0 ? [Surnames[random.Next(Surnames.Length)]] : [],
            new DateOnly(1950, 1, 1).AddDays(random.Next(365 * 50)),
            random.Next(4) == 0 ? null : RandomLicence(random));

    /// <summary>The same person as a search might give them: each of the slips the matcher must survive, some at once; or a namesake.</summary>
    private static RegisterIdentity Vary(RegisterIdentity p, Random random)
    {
        var slips = DatesOfBirth.Slips(p.DateOfBirth).Where(d => d.Year < 2100).ToList();
        var asked = p;
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            asked = random.Next(11) switch
            {
                0 => asked with { Surname = Typo(asked.Surname, random.Next(100)) },
                1 => asked with { Forenames = Typo(asked.Forenames, random.Next(100)) },
                2 => asked with { DateOfBirth = slips[random.Next(slips.Count)] },
                3 => asked with { Surname = asked.Forenames, Forenames = asked.Surname },
                4 => asked with { Forenames = string.Join(' ', asked.Forenames.Split(' ').Reverse()) },
                5 => asked with { DrivingLicenceNumber = asked.DrivingLicenceNumber is { } l ? Typo(l, random.Next(100)) : null },
                6 => asked with { DrivingLicenceNumber = null },
                7 => asked with { Surname = Surnames[random.Next(Surnames.Length)], PreviousSurnames = [asked.Surname] },
                8 => asked with { Forenames = Forenames[random.Next(Forenames.Length)] },
                9 => asked with { Surname = asked.Surname.Split('-')[0] },
                _ => asked with { DateOfBirth = asked.DateOfBirth.AddYears(random.Next(1, 3)) },
            };
        }
        return asked;
    }

    private static string RandomLicence(Random random) =>
        new(Enumerable.Range(0, 16).Select(i => i is >= 5 and < 11 ? (char)('0' + random.Next(10)) : (char)('A' + random.Next(26))).ToArray());

    /// <summary>One typing slip, chosen by <paramref name="seed"/>: a letter changed, dropped, doubled, or two swapped.</summary>
    private static string Typo(string s, int seed)
    {
        if (s.Length < 2) return s + "A";
        var at = seed % (s.Length - 1);
        return (seed / 7 % 4) switch
        {
            0 => s[..at] + (char)('A' + seed % 26) + s[(at + 1)..],
            1 => s[..at] + s[(at + 1)..],
            2 => s[..at] + s[at] + s[at..],
            _ => s[..at] + s[at + 1] + s[at] + s[(at + 2)..],
        };
    }
}
