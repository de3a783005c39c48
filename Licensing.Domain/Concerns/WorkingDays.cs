namespace Licensing.Domain.Concerns;

/// <summary>
/// Monday to Friday. Bank holidays are not counted out here: a triage date that lands on one is
/// earlier than it need be, which is the safer error for a safeguarding flag.
/// </summary>
public static class WorkingDays
{
    public static DateOnly OnOrAfter(DateOnly day)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        return day;
    }

    public static DateOnly Add(DateOnly day, int workingDays)
    {
        day = OnOrAfter(day);
        for (var i = 0; i < workingDays; i++) day = OnOrAfter(day.AddDays(1));
        return day;
    }
}
