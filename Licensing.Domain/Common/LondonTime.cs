namespace Licensing.Domain.Common;

/// <summary>
/// Times are stored in UTC; the dates people read and the dates the law counts are Europe/London.
/// </summary>
public static class LondonTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(this TimeProvider clock) => DateOf(clock.GetUtcNow());

    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static DateTime ToLondon(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant at which a London calendar day begins (handles the summer-time changes).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string Format(DateTime utc) =>
        ToLondon(utc).ToString("d MMMM yyyy, h:mmtt", System.Globalization.CultureInfo.GetCultureInfo("en-GB")).Replace("AM", "am").Replace("PM", "pm");
}
