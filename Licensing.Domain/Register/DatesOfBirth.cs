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
        // The eight digits of each as written yyyyMMdd, compared as numbers (this runs for every candidate).
        Span<int> x = stackalloc int[8];
        Span<int> y = stackalloc int[8];
        Digits(a, x);
        Digits(b, y);
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

    /// <summary>Every real date one of those slips away from the given one (worked out with numbers, not text: every search asks).</summary>
    public static IReadOnlyList<DateOnly> Slips(DateOnly dob)
    {
        var slips = new List<DateOnly>(48);
        void Add(DateOnly? d)
        {
            if (d is { } date && date != dob && !slips.Contains(date)) slips.Add(date);
        }
        if (dob.Day <= 12) Add(TryDate(dob.Year, dob.Day, dob.Month));
        Add(dob.AddDays(-1));
        Add(dob.AddDays(1));
        Span<int> digits = stackalloc int[8];
        Digits(dob, digits);
        for (var i = 0; i < 8; i++)
        {
            var kept = digits[i];
            for (var digit = 0; digit <= 9; digit++)
            {
                if (digit == kept) continue;
                digits[i] = digit;
                Add(FromDigits(digits));
            }
            digits[i] = kept;
            if (i < 7 && digits[i] != digits[i + 1])
            {
                (digits[i], digits[i + 1]) = (digits[i + 1], digits[i]);
                Add(FromDigits(digits));
                (digits[i], digits[i + 1]) = (digits[i + 1], digits[i]);
            }
        }
        return slips;
    }

    /// <summary>The eight digits of the date as written yyyyMMdd.</summary>
    private static void Digits(DateOnly d, Span<int> into)
    {
        (into[0], into[1], into[2], into[3]) = (d.Year / 1000, d.Year / 100 % 10, d.Year / 10 % 10, d.Year % 10);
        (into[4], into[5], into[6], into[7]) = (d.Month / 10, d.Month % 10, d.Day / 10, d.Day % 10);
    }

    private static DateOnly? FromDigits(ReadOnlySpan<int> d)
    {
        var year = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
        return year >= 1900 ? TryDate(year, d[4] * 10 + d[5], d[6] * 10 + d[7]) : null;
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
