using Licensing.Domain.Common;

namespace Licensing.Domain.Jobs;

/// <summary>
/// Something a date says the team must do now: a DBS Update Service check due, a concern past its
/// triage deadline, a record past its retention period. Raised by a background job under a unique key
/// (so a retried run never raises it twice), shown on the Tasks page for the role it is for, escalated
/// to managers when it goes overdue, and closed by the person who did it.
/// </summary>
public sealed class TeamTask : IVersioned, IBelongsToPerson
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    /// <summary>What raised it and for what, e.g. "dbs-update:{person}:{due date}": unique.</summary>
    public string Key { get; private set; } = "";
    public TeamTaskKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? Detail { get; private set; }
    /// <summary>The role whose list it appears on (Roles.*).</summary>
    public string ForRole { get; private set; } = "";
    public Guid? PersonId { get; private set; }
    /// <summary>Where the work is done, e.g. the licensee's page.</summary>
    public string? Link { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateTime RaisedAt { get; private set; }
    public DateTime? EscalatedAt { get; private set; }
    public string? EscalationReason { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }
    public string? ClosingNote { get; private set; }
    public int Version { get; set; }

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

    public bool IsOpen => ClosedAt is null;
    public bool IsOverdue(DateOnly today) => IsOpen && DueOn < today;

    private TeamTask() { }

    public static TeamTask Raise(string key, TeamTaskKind kind, string title, string forRole, DateOnly dueOn, DateTime nowUtc,
        Guid? personId = null, string? detail = null, string? link = null)
    {
        if (string.IsNullOrWhiteSpace(key)) throw new DomainRuleException("A task needs a key that says what raised it");
        if (string.IsNullOrWhiteSpace(title)) throw new DomainRuleException("A task needs a title", nameof(Title));
        return new TeamTask
        {
            Key = key.Trim(),
            Kind = kind,
            Title = title.Trim(),
            ForRole = forRole,
            DueOn = dueOn,
            RaisedAt = nowUtc,
            PersonId = personId,
            Detail = string.IsNullOrWhiteSpace(detail) ? null : detail.Trim(),
            Link = link,
        };
    }

    /// <summary>Overdue work goes to the managers' list as well; escalating twice changes nothing.</summary>
    public bool Escalate(DateTime nowUtc, string reason)
    {
        if (!IsOpen || EscalatedAt is not null) return false;
        EscalatedAt = nowUtc;
        EscalationReason = reason;
        return true;
    }

    public void Close(DateTime nowUtc, string closedBy, string? note)
    {
        if (!IsOpen) throw new DomainRuleException($"This task was already closed by {ClosedBy} on {LondonTime.Format(ClosedAt!.Value)}");
        ClosedAt = nowUtc;
        ClosedBy = closedBy;
        ClosingNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

public enum TeamTaskKind
{
    DbsUpdateCheck,
    ConcernTriage,
    ConcernResponse,
    RepresentationsDeadline,
    RetentionReview,
    RescreeningHit,
    DocumentReturnOverdue,
    BankHolidaysRunningOut,
}
