using System.Globalization;
using Licensing.Web.Features.Register;

namespace Licensing.Bench.Register;

/// <summary>A large fictional register file in the DESIGN.md format, reproducible from a seed.</summary>
internal static class SyntheticRegister
{
    private static readonly string[] Surnames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Khan", "Hussain", "Ali", "Ahmed", "Begum", "Shah",
        "Singh", "Kaur", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Mahmood",
        "Iqbal", "Rahman", "Chaudhry", "Akhtar", "Nowak", "Kowalski", "Popescu", "Okafor", "Mensah", "Osei", "Murphy", "Kelly", "MacDonald", "O'Brien",
        "Lewis", "Harris", "Martin", "Cooper", "Hughes", "Edwards", "Turner", "Hill", "Moore", "Clark", "Young", "King", "Baker", "Morgan", "Qureshi", "Siddiqui",
    ];

    private static readonly string[] Forenames =
    [
        "Mohammed", "Muhammad", "Imran", "Tariq", "Asif", "Naveed", "Kamran", "David", "John", "Paul", "Mark", "James", "Daniel", "Andrew", "Michael",
        "Steven", "Richard", "Gary", "Lee", "Craig", "Sarah", "Emma", "Aisha", "Fatima", "Gurpreet", "Harjit", "Rajesh", "Sanjay", "Piotr", "Marek",
        "Tomasz", "Ionut", "Florin", "Kwame", "Chidi", "Yusuf", "Omar", "Hassan", "Hussain", "Ahmed", "Abdul", "Karim", "Javed", "Zubair", "Faisal",
    ];

    /// <param name="varied">
    /// False: everyone's names come from the short lists above (every day of birth holds several namesakes, a
    /// hard case). True: names as varied as a real register's, a long tail of made-up surnames and forenames
    /// after the common ones (a third of surnames and half of forenames from the lists, the rest from tens of
    /// thousands of others, the earlier ones commoner).
    /// </param>
    public static async Task<List<(string Surname, string Forenames, DateOnly Dob, string Licence)>> WriteAsync(string path, int count, bool varied = false, int seed = 2026)
    {
        var random = new Random(seed);
        string Surname() => !varied || random.Next(3) == 0 ? Surnames[random.Next(Surnames.Length)] : MadeUp.Surname(random);
        string Pick(Random random) => !varied || random.Next(2) == 0 ? Forenames[random.Next(Forenames.Length)] : MadeUp.Forename(random);
        var people = new List<(string, string, DateOnly, string)>(count);
        await using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', RegisterCsv.Header));
        string[] types = ["private-hire-driver", "hackney-carriage-driver", "dual-driver"];
        string[] decisions = ["refusal", "suspension", "revocation"];
        string[] grounds = ["sexual-misconduct", "safeguarding", "dishonesty", "violence", "drugs", "driving", "other"];
        for (var i = 0; i < count; i++)
        {
            var surname = Surname();
            var forenames = random.Next(3) == 0 ? $"{Pick(random)} {Pick(random)}" : Pick(random);
            var dob = new DateOnly(1950, 1, 1).AddDays(random.Next(365 * 55));
            var licence = Licence(surname, forenames, dob, random);
            var decided = new DateOnly(2012, 1, 1).AddDays(random.Next(365 * 14));
            var code = random.Next(1, 400);
            await writer.WriteLineAsync(Rfc4180.Format(
            [
                $"B{code:000}-{decided.Year}-{i:0000000}", $"E07{code:000000}", $"Authority {code}", surname, forenames, "",
                dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), random.Next(5) == 0 ? "" : licence, "", "",
                types[random.Next(types.Length)], decisions[random.Next(decisions.Length)], decided.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), grounds[random.Next(grounds.Length)],
            ]));
            people.Add((surname, forenames, dob, licence));
        }
        return people;
    }

    /// <summary>Names made of syllables, drawn so that a few are common and most are rare.</summary>
    private static class MadeUp
    {
        private static readonly string[] Onsets = ["B", "Br", "C", "Ch", "D", "Dr", "F", "G", "Gr", "H", "J", "K", "Kh", "L", "M", "N", "P", "R", "S", "Sh", "St", "T", "V", "W", "Y", "Z"];
        private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ee", "oo", "ia", "ou"];
        private static readonly string[] Codas = ["b", "d", "g", "k", "l", "m", "n", "r", "s", "t", "nd", "rt", "ll", "ck", "sh", "z"];
        private static readonly string[] SurnameEndings = ["", "er", "ington", "ley", "son", "ski", "ani", "ova", "ez", "man", "well", "ford", "ow", "ic", "ides", "oglu"];
        private static readonly string[] ForenameEndings = ["", "a", "o", "an", "el", "in", "ie", "is", "ur", "ek"];

        // A long tail: index u³ of the way along, so the first names are drawn often and the last rarely.
        private static int Rank(Random random, int size) => (int)(size * Math.Pow(random.NextDouble(), 3));

        public static string Surname(Random random) => Name(Rank(random, Onsets.Length * Vowels.Length * Codas.Length * SurnameEndings.Length), SurnameEndings);

        public static string Forename(Random random) => Name(Rank(random, Onsets.Length * Vowels.Length * Codas.Length * ForenameEndings.Length), ForenameEndings);

        // The n-th name of the pool, its parts taken from n's digits in a mixed base (so neighbours differ early).
        private static string Name(int n, string[] endings)
        {
            var onset = Onsets[n % Onsets.Length];
            n /= Onsets.Length;
            var vowel = Vowels[n % Vowels.Length];
            n /= Vowels.Length;
            var coda = Codas[n % Codas.Length];
            n /= Codas.Length;
            return onset + vowel + coda + endings[n % endings.Length];
        }
    }

    private static string Licence(string surname, string forenames, DateOnly dob, Random random)
    {
        var code = Licensing.Domain.Licensees.DrivingLicenceNumber.SurnameCode(surname);
        var names = forenames.Split(' ');
        var initials = $"{names[0][0]}{(names.Length > 1 ? names[1][0] : '9')}";
        return $"{code}{dob.Year / 10 % 10}{dob.Month:00}{dob.Day:00}{dob.Year % 10}{initials}9{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
    }
}
