using System.Globalization;

namespace Licensing.Domain.Register;

/// <summary>
/// The usual ways a date of birth is mis-keyed: day and month swapped, one digit wrong, two digits
/// swapped, or a day out (a birth near midnight, a date read off the wrong line, 30 November for 1 December).
/// </summary>
public static class DatesOfBirth
{
    public enum Slip { None, DayMonthSwapped, OneDigit, DigitsSwapped, NextDay, Different }

    public static Slip Compare(DateOnly a, DateOnly b)
    {
        if (a == b) return Slip.None;
        if (a.Day == b.Month && a.Month == b.Day && a.Year == b.Year) return Slip.DayMonthSwapped;
        if (Math.Abs(a.DayNumber - b.DayNumber) == 1) return Slip.NextDay;
        // The eight digits of each as written yyyyMMdd, compared without making strings (this runs for every candidate).
        Span<char> x = stackalloc char[8];
        Span<char> y = stackalloc char[8];
        a.TryFormat(x, out _, "yyyyMMdd", CultureInfo.InvariantCulture);
        b.TryFormat(y, out _, "yyyyMMdd", CultureInfo.InvariantCulture);
        int first = -1, second = -1, count = 0;
        for (var i = 0; i < 8; i++)
        {
            if (x[i] == y[i]) continue;
            if (++count > 2) return Slip.Different;
            if (first < 0) first = i;
            else second = i;
        }
        if (count == 1) return Slip.OneDigit;
        if (count == 2 && second == first + 1 && x[first] == y[second] && x[second] == y[first]) return Slip.DigitsSwapped;
        return Slip.Different;
    }

    /// <summary>Every real date one of those slips away from the given one.</summary>
    public static IEnumerable<DateOnly> Slips(DateOnly dob)
    {
        var seen = new HashSet<DateOnly> { dob };
        var text = Format(dob);
        if (dob.Day <= 12 && TryDate(dob.Year, dob.Day, dob.Month) is { } swapped && seen.Add(swapped)) yield return swapped;
        if (seen.Add(dob.AddDays(-1))) yield return dob.AddDays(-1);
        if (seen.Add(dob.AddDays(1))) yield return dob.AddDays(1);
        for (var i = 0; i < 8; i++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == text[i]) continue;
                if (Parse(text[..i] + digit + text[(i + 1)..]) is { } d && seen.Add(d)) yield return d;
            }
            if (i < 7 && text[i] != text[i + 1] && Parse(text[..i] + text[i + 1] + text[i] + text[(i + 2)..]) is { } t && seen.Add(t)) yield return t;
        }
    }

    private static string Format(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static DateOnly? Parse(string s) =>
        DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year >= 1900 ? d : null;

    private static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
