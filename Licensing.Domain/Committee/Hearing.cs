using Licensing.Domain.Applications;
using Licensing.Domain.Cases;
using Licensing.Domain.Common;

namespace Licensing.Domain.Committee;

/// <summary>
/// A licensing sub-committee hearing of a referred review or of a referred application (exactly one of
/// the two): three members, the invitation and pack, who attended and what they said, and the decision
/// with reasons (and, for an application, findings) as announced.
/// Members see only the hearings they sit on (<see cref="Hearings.VisibleTo"/>).
/// </summary>
public sealed class Hearing : IVersioned, IBelongsToPerson
{
    public const int MembersRequired = 3;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid? ReviewCaseId { get; private set; }
    public Guid? ApplicationId { get; private set; }
    public Guid PersonId { get; private set; }
    public DateOnly HearingOn { get; private set; }
    public string Time { get; private set; } = "";
    public string Venue { get; private set; } = "";
    public List<HearingMember> Members { get; private set; } = [];
    public HearingStatus Status { get; private set; } = HearingStatus.Scheduled;
    public bool? LicenseeAttended { get; private set; }
    public string? RepresentedBy { get; private set; }
    public string? OthersPresent { get; private set; }
    public string? Submissions { get; private set; }
    public string? AnnouncedReasons { get; private set; }
    /// <summary>An application hearing's findings on the facts before it, as announced.</summary>
    public string? Findings { get; private set; }
    public string? DecisionRecordedBy { get; private set; }
    public DateTime? DecisionRecordedAt { get; private set; }
    /// <summary>Why the hearing did not go ahead, or did not finish, on its date: a new hearing is arranged in its place.</summary>
    public string? AdjournmentReasons { get; private set; }
    public string? AdjournedBy { get; private set; }
    public DateTime? AdjournedAt { get; private set; }
    public int Version { get; set; }

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

    private Hearing() { }

    public bool IsForApplication => ApplicationId is not null;

    /// <summary>Who the hearing is about, in the words of its letters: the licensee under review or the applicant.</summary>
    public string Party => IsForApplication ? "applicant" : "licensee";

    public static Hearing Schedule(ReviewCase review, DateOnly hearingOn, string time, string venue, IReadOnlyList<(string UserId, string Name)> members, DateOnly today)
    {
        if (review.Stage != CaseStage.ReferredToSubCommittee) throw new DomainRuleException("Refer the case to the sub-committee before arranging a hearing");
        return Create(review.Id, null, review.PersonId, hearingOn, time, venue, members, today);
    }

    public static Hearing ScheduleForApplication(LicenceApplication application, DateOnly hearingOn, string time, string venue, IReadOnlyList<(string UserId, string Name)> members, DateOnly today)
    {
        if (application.Status != ApplicationStatus.ReferredToSubCommittee)
            throw new DomainRuleException($"The application is {application.Status.Describe().ToLowerInvariant()}: only an application referred to the sub-committee has a hearing");
        return Create(null, application.Id, application.PersonId, hearingOn, time, venue, members, today);
    }

    private static Hearing Create(Guid? reviewCaseId, Guid? applicationId, Guid personId, DateOnly hearingOn, string time, string venue, IReadOnlyList<(string UserId, string Name)> members, DateOnly today)
    {
        // The database refuses the same (CK_Hearings_OneMatter); here it is a programming error, not an officer's.
        if ((reviewCaseId is null) == (applicationId is null)) throw new InvalidOperationException("A hearing is about exactly one review case or one application");
        if (hearingOn < today) throw new DomainRuleException("The hearing date cannot be in the past", "HearingOn");
        if (string.IsNullOrWhiteSpace(venue)) throw new DomainRuleException("Enter where the hearing will be held", "Venue");
        var distinct = members.Where(m => !string.IsNullOrWhiteSpace(m.UserId)).DistinctBy(m => m.UserId).ToList();
        if (distinct.Count != MembersRequired) throw new DomainRuleException("Choose three different members of the licensing committee", "Members");
        return new Hearing
        {
            ReviewCaseId = reviewCaseId,
            ApplicationId = applicationId,
            PersonId = personId,
            HearingOn = hearingOn,
            Time = string.IsNullOrWhiteSpace(time) ? "10:00" : time.Trim(),
            Venue = venue.Trim(),
            Members = distinct.Select((m, i) => new HearingMember(m.UserId, m.Name, chair: i == 0)).ToList(),
        };
    }

    public bool HasMember(string userId) => Members.Any(m => m.UserId == userId);

    /// <summary>A licensing manager (before the day) or a member of the panel (at the hearing) adjourns a scheduled hearing.</summary>
    public bool MayBeAdjournedBy(string userId, bool isManager) => Status == HearingStatus.Scheduled && (isManager || HasMember(userId));

    public void RecordAttendance(bool licenseeAttended, string? representedBy, string? othersPresent, string? submissions)
    {
        RequireScheduled("attendance can no longer change");
        LicenseeAttended = licenseeAttended;
        RepresentedBy = Clean(representedBy);
        OthersPresent = Clean(othersPresent);
        Submissions = Clean(submissions);
    }

    /// <summary>
    /// The sub-committee's decision is recorded on the case or application; the hearing keeps the reasons
    /// (and for an application, where there were no findings before the hearing, the findings) as announced.
    /// </summary>
    public void RecordDecision(string announcedReasons, string recordedBy, DateOnly today, DateTime nowUtc, string? findings = null)
    {
        RequireScheduled("its decision cannot be recorded again");
        if (today < HearingOn) throw new DomainRuleException($"The hearing is on {LondonTime.Format(HearingOn)}: the decision is recorded at or after it");
        if (LicenseeAttended is null) throw new DomainRuleException($"Record whether the {Party} attended before the decision", "LicenseeAttended");
        if (IsForApplication && string.IsNullOrWhiteSpace(findings))
            throw new DomainRuleException("Record the sub-committee's findings on the facts, on the balance of probabilities", "Findings");
        if (string.IsNullOrWhiteSpace(announcedReasons)) throw new DomainRuleException("Record the reasons as the chair announced them", "Reasons");
        AnnouncedReasons = announcedReasons.Trim();
        Findings = string.IsNullOrWhiteSpace(findings) ? null : findings.Trim();
        DecisionRecordedBy = recordedBy;
        DecisionRecordedAt = nowUtc;
        Status = HearingStatus.Decided;
    }

    /// <summary>
    /// The hearing will not go ahead on its date, or the panel stopped part-way (the licensee is ill, a member
    /// cannot sit, new evidence needs time). The reasons are kept: refusing or granting an adjournment is
    /// itself open to challenge on appeal. Attendance recorded so far stays on this hearing's record.
    /// </summary>
    public void Adjourn(string reasons, string by, DateTime nowUtc)
    {
        RequireScheduled("it cannot be adjourned");
        if (string.IsNullOrWhiteSpace(reasons)) throw new DomainRuleException("Say why the hearing is adjourned", "AdjournmentReasons");
        AdjournmentReasons = reasons.Trim();
        AdjournedBy = by;
        AdjournedAt = nowUtc;
        Status = HearingStatus.Adjourned;
    }

    private void RequireScheduled(string consequence)
    {
        if (Status == HearingStatus.Decided) throw new DomainRuleException($"The sub-committee's decision on this hearing has been recorded: {consequence}");
        if (Status == HearingStatus.Adjourned) throw new DomainRuleException($"This hearing was adjourned: {consequence}; the new hearing is arranged from the {(IsForApplication ? "application" : "case")}");
    }

    public string Panel => string.Join(", ", Members.OrderByDescending(m => m.IsChair).Select(m => m.IsChair ? $"{m.Name} (chair)" : m.Name));

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed class HearingMember
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid HearingId { get; private set; }
    public string UserId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public bool IsChair { get; private set; }

    private HearingMember() { }

    internal HearingMember(string userId, string name, bool chair)
    {
        UserId = userId;
        Name = name;
        IsChair = chair;
    }
}

public enum HearingStatus { Scheduled, Decided, Adjourned }
