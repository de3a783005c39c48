namespace Licensing.Web.Components.Gov;

/// <summary>
/// What an officer typed into a GOV.UK date input's day, month and year boxes. Kept as text, not as a
/// DateOnly, so a date that is missing a part or is not a real date can be reported in GOV.UK's words
/// instead of silently becoming empty (which is what the browser's own date picker did).
/// </summary>
public sealed class DateParts
{
    public const string DayBox = "day";

    public string Day { get; set; } = "";
    public string Month { get; set; } = "";
    public string Year { get; set; } = "";

    /// <summary>One box's text by its id suffix: day, month or year.</summary>
    public string this[string box]
    {
        get => box switch { DayBox => Day, "month" => Month, _ => Year };
        set
        {
            if (box == DayBox) Day = value;
            else if (box == "month") Month = value;
            else Year = value;
        }
    }

    /// <summary>The boxes the last <see cref="Read"/> found wrong, first to last; empty when the whole date is at fault (or nothing is).</summary>
    public IReadOnlyList<string> Faulty { get; private set; } = [];

    /// <summary>The box an error summary links to: the first with a problem.</summary>
    public string FirstFaulty => Faulty.Count > 0 ? Faulty[0] : DayBox;

    public static DateParts Of(DateOnly? date) => date is { } d
        ? new DateParts { Day = d.Day.ToString(), Month = d.Month.ToString(), Year = d.Year.ToString() }
        : new DateParts();

    /// <summary>
    /// The date the three boxes make, or null with GOV.UK's message for what is wrong. An empty date is
    /// null without an error unless <paramref name="requiredMessage"/> is given.
    /// </summary>
    /// <param name="name">How the message names the date: "Date checked" gives "Date checked must be a real date".</param>
    public DateOnly? Read(string name, string? requiredMessage, out string? error)
    {
        var (date, message, faulty) = Parse(Day.Trim(), Month.Trim(), Year.Trim(), name, requiredMessage);
        Faulty = faulty;
        error = message;
        return date;
    }

    private static (DateOnly?, string?, string[]) Parse(string day, string month, string year, string name, string? requiredMessage)
    {
        var parts = new[] { (Box: DayBox, Text: day), (Box: "month", Text: month), (Box: "year", Text: year) };
        var missing = parts.Where(p => p.Text.Length == 0).Select(p => p.Box).ToArray();
        if (missing.Length == 3) return (null, requiredMessage, requiredMessage is null ? [] : missing);
        if (missing.Length > 0) return (null, $"{name} must include a {string.Join(" and ", missing)}", missing);

        // No more than 4 digits, so a long string of digits cannot overflow an int.
        var notNumbers = parts.Where(p => !p.Text.All(char.IsAsciiDigit) || p.Text.Length > 4).Select(p => p.Box).ToArray();
        if (notNumbers.Length > 0) return (null, $"{name} must be a real date", notNumbers);
        if (year.Length != 4) return (null, "Year must include 4 numbers", ["year"]);

        var (d, m, y) = (int.Parse(day), int.Parse(month), int.Parse(year));
        if (m is < 1 or > 12) return (null, $"{name} must be a real date", ["month"]);
        if (y < 1) return (null, $"{name} must be a real date", ["year"]);
        if (d < 1 || d > DateTime.DaysInMonth(y, m)) return (null, $"{name} must be a real date", [DayBox]);
        return (new DateOnly(y, m, d), null, []);
    }
}
