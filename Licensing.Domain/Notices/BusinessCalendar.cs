using System.Text.Json;
using Licensing.Domain.Common;

namespace Licensing.Domain.Notices;

/// <summary>Business days: Monday to Friday, less England and Wales bank holidays.</summary>
public sealed class BusinessCalendar(IEnumerable<DateOnly> bankHolidays)
{
    private readonly HashSet<DateOnly> holidays = [.. bankHolidays];

    /// <summary>
    /// Monday to Friday with no holidays counted out: used where a deadline landing on a bank holiday
    /// is better early than late (concern triage).
    /// </summary>
    public static readonly BusinessCalendar WeekdaysOnly = new([]);

    public bool IsBusinessDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    public DateOnly OnOrAfter(DateOnly day)
    {
        while (!IsBusinessDay(day)) day = day.AddDays(1);
        return day;
    }

    /// <summary>The n-th business day after <paramref name="day"/> (the day itself does not count).</summary>
    public DateOnly BusinessDaysAfter(DateOnly day, int n)
    {
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day)) counted++;
        }
        return day;
    }
}

/// <summary>
/// When a notice is deemed served (Interpretation Act 1978 s.7, the usual reading; configurable):
/// email on the day sent if a business day, else the next; first class post the second business day
/// after posting; second class the fourth.
/// </summary>
public sealed class ServiceRules
{
    public const string Section = "Notices:Service";
    public int FirstClassBusinessDays { get; set; } = 2;
    public int SecondClassBusinessDays { get; set; } = 4;

    public DateOnly EmailServedOn(DateOnly sentOn, BusinessCalendar calendar) => calendar.OnOrAfter(sentOn);

    public DateOnly PostServedOn(DateOnly postedOn, PostClass postClass, BusinessCalendar calendar) =>
        calendar.BusinessDaysAfter(postedOn, postClass == PostClass.FirstClass ? FirstClassBusinessDays : SecondClassBusinessDays);
}

/// <summary>An England and Wales bank holiday, imported from GOV.UK's bank-holidays.json or entered by hand.</summary>
public sealed class BankHoliday
{
    public DateOnly Date { get; private set; }
    public string Title { get; private set; } = "";

    private BankHoliday() { }

    public static BankHoliday Create(DateOnly date, string title)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainRuleException("Enter the name of the bank holiday", nameof(Title));
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            throw new DomainRuleException("A bank holiday falls on a weekday; enter the substitute day", nameof(Date));
        return new BankHoliday { Date = date, Title = title.Trim() };
    }

    public void Rename(string title)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainRuleException("Enter the name of the bank holiday", nameof(Title));
        Title = title.Trim();
    }
}

/// <summary>
/// Reads GOV.UK's bank-holidays.json: {"england-and-wales": {"division": ..., "events": [{"title", "date", ...}]}, ...}.
/// Only the England and Wales division applies to notices served here.
/// </summary>
public static class BankHolidayFile
{
    public const string Division = "england-and-wales";

    public static IReadOnlyList<(DateOnly Date, string Title)> Parse(string json)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json); }
        catch (JsonException e) { throw new DomainRuleException($"The file is not valid JSON: {e.Message}", "File"); }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty(Division, out var division)
                || !division.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
                throw new DomainRuleException("The file is not in GOV.UK's bank-holidays.json format: it has no \"england-and-wales\" events", "File");
            var result = new List<(DateOnly, string)>();
            var n = 0;
            foreach (var e in events.EnumerateArray())
            {
                n++;
                var dateText = e.TryGetProperty("date", out var d) ? d.GetString() : null;
                var title = e.TryGetProperty("title", out var t) ? t.GetString() : null;
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", out var date))
                    throw new DomainRuleException($"Event {n} has no date in the form YYYY-MM-DD", "File");
                if (string.IsNullOrWhiteSpace(title)) throw new DomainRuleException($"Event {n} ({dateText}) has no title", "File");
                result.Add((date, title.Trim()));
            }
            if (result.Count == 0) throw new DomainRuleException("The file lists no England and Wales bank holidays", "File");
            return result;
        }
    }

    /// <summary>England and Wales 2025–2027, in GOV.UK's format: the default until an administrator imports the current file.</summary>
    public static string DefaultJson()
    {
        using var stream = typeof(BankHolidayFile).Assembly.GetManifestResourceStream("Licensing.Domain.Notices.bank-holidays.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>The administrator's edits to the bank holiday list: import GOV.UK's file, add or remove one day.</summary>
public static class BankHolidayList
{
    /// <summary>
    /// How far ahead the bank holidays must be known. A posted notice's deemed service date looks only days
    /// ahead, but an administrator needs weeks to notice and import next year's file: past the last known
    /// holiday, a notice posted before New Year's Day would be deemed served a day early.
    /// </summary>
    public const int DaysAheadNeeded = 90;

    public static Task<DateOnly?> KnownUntilAsync(Data.LicensingDbContext db, CancellationToken ct = default) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.MaxAsync(db.BankHolidays, h => (DateOnly?)h.Date, ct);

    public static bool RunningOut(DateOnly? knownUntil, DateOnly today) => knownUntil is null || knownUntil < today.AddDays(DaysAheadNeeded);

    public static string RunningOutWarning(DateOnly? knownUntil) => knownUntil is { } last
        ? $"Bank holidays are known only until {LondonTime.Format(last)}. After that, deemed service dates skip weekends alone, so a notice could be treated as served a day early. Import the current bank-holidays.json from GOV.UK."
        : "No bank holidays are recorded, so deemed service dates skip weekends alone and a notice could be treated as served a day early. Import the current bank-holidays.json from GOV.UK.";

    /// <summary>Adds new dates and renames changed ones from the file; dates not in the file are kept. Returns (added, renamed).</summary>
    public static async Task<(int Added, int Renamed)> ImportAsync(Data.LicensingDbContext db, string json, CancellationToken ct = default)
    {
        var events = BankHolidayFile.Parse(json);
        var existing = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToDictionaryAsync(db.BankHolidays, h => h.Date, ct);
        int added = 0, renamed = 0;
        foreach (var (date, title) in events.DistinctBy(e => e.Date))
        {
            if (existing.TryGetValue(date, out var holiday))
            {
                if (holiday.Title != title) { holiday.Rename(title); renamed++; }
                continue;
            }
            db.BankHolidays.Add(BankHoliday.Create(date, title));
            added++;
        }
        await db.SaveChangesAsync(ct);
        return (added, renamed);
    }

    public static async Task AddAsync(Data.LicensingDbContext db, DateOnly date, string title, CancellationToken ct = default)
    {
        if (await db.BankHolidays.FindAsync([date], ct) is not null) throw new DomainRuleException($"{LondonTime.Format(date)} is already a bank holiday", nameof(BankHoliday.Date));
        db.BankHolidays.Add(BankHoliday.Create(date, title));
        await db.SaveChangesAsync(ct);
    }

    public static async Task RemoveAsync(Data.LicensingDbContext db, DateOnly date, CancellationToken ct = default)
    {
        var holiday = await db.BankHolidays.FindAsync([date], ct) ?? throw new DomainRuleException("That date is not a bank holiday");
        db.BankHolidays.Remove(holiday);
        await db.SaveChangesAsync(ct);
    }
}
