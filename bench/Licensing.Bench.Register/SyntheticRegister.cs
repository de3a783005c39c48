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

    public static async Task<List<(string Surname, string Forenames, DateOnly Dob, string Licence)>> WriteAsync(string path, int count, int seed = 2026)
    {
        var random = new Random(seed);
        var people = new List<(string, string, DateOnly, string)>(count);
        await using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', RegisterCsv.Header));
        string[] types = ["private-hire-driver", "hackney-carriage-driver", "dual-driver"];
        string[] decisions = ["refusal", "suspension", "revocation"];
        string[] grounds = ["sexual-misconduct", "safeguarding", "dishonesty", "violence", "drugs", "driving", "other"];
        for (var i = 0; i < count; i++)
        {
            var surname = Surnames[random.Next(Surnames.Length)];
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

    private static string Pick(Random random) => Forenames[random.Next(Forenames.Length)];

    private static string Licence(string surname, string forenames, DateOnly dob, Random random)
    {
        var code = Licensing.Domain.Licensees.DrivingLicenceNumber.SurnameCode(surname);
        var names = forenames.Split(' ');
        var initials = $"{names[0][0]}{(names.Length > 1 ? names[1][0] : '9')}";
        return $"{code}{dob.Year / 10 % 10}{dob.Month:00}{dob.Day:00}{dob.Year % 10}{initials}9{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
    }
}
