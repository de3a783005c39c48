namespace Licensing.Domain.Notices;

/// <summary>
/// LGMPA 1976 s.61(2)(a) (and ss.60, 62): notice of the grounds must be given within 14 days of the
/// decision. Tracked for every decision notice, refusals included, so none is left lying in a tray.
/// </summary>
public static class NoticeDeadline
{
    public const int Days = 14;
    public const int WarnWhenDaysLeft = 3;

    public static DateOnly DueBy(DateOnly decidedOn) => decidedOn.AddDays(Days);

    public static DeadlineState State(DateOnly decidedOn, DateOnly? servedOn, DateOnly today)
    {
        var due = DueBy(decidedOn);
        if (servedOn is { } served) return served <= due ? DeadlineState.Met : DeadlineState.Missed;
        if (today > due) return DeadlineState.Overdue;
        return due.DayNumber - today.DayNumber <= WarnWhenDaysLeft ? DeadlineState.DueSoon : DeadlineState.OnTrack;
    }
}

public enum DeadlineState { OnTrack, DueSoon, Overdue, Met, Missed }
