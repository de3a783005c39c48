using Licensing.Domain.Cases;
using Licensing.Domain.Common;

namespace Licensing.Domain.Committee;

/// <summary>
/// A licensing sub-committee hearing of a referred review: three members, the licensee's invitation
/// and pack, who attended and what they said, and the decision with reasons as announced.
/// Members see only the hearings they sit on (<see cref="Hearings.VisibleTo"/>).
/// </summary>
public sealed class Hearing : IVersioned, IBelongsToPerson
{
    public const int MembersRequired = 3;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ReviewCaseId { get; private set; }
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
    public string? DecisionRecordedBy { get; private set; }
    public DateTime? DecisionRecordedAt { get; private set; }
    public int Version { get; set; }

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

    private Hearing() { }

    public static Hearing Schedule(ReviewCase review, DateOnly hearingOn, string time, string venue, IReadOnlyList<(string UserId, string Name)> members, DateOnly today)
    {
        if (review.Stage != CaseStage.ReferredToSubCommittee) throw new DomainRuleException("Refer the case to the sub-committee before arranging a hearing");
        if (hearingOn < today) throw new DomainRuleException("The hearing date cannot be in the past", "HearingOn");
        if (string.IsNullOrWhiteSpace(venue)) throw new DomainRuleException("Enter where the hearing will be held", "Venue");
        var distinct = members.Where(m => !string.IsNullOrWhiteSpace(m.UserId)).DistinctBy(m => m.UserId).ToList();
        if (distinct.Count != MembersRequired) throw new DomainRuleException("Choose three different members of the licensing committee", "Members");
        return new Hearing
        {
            ReviewCaseId = review.Id,
            PersonId = review.PersonId,
            HearingOn = hearingOn,
            Time = string.IsNullOrWhiteSpace(time) ? "10:00" : time.Trim(),
            Venue = venue.Trim(),
            Members = distinct.Select((m, i) => new HearingMember(m.UserId, m.Name, chair: i == 0)).ToList(),
        };
    }

    public bool HasMember(string userId) => Members.Any(m => m.UserId == userId);

    public void RecordAttendance(bool licenseeAttended, string? representedBy, string? othersPresent, string? submissions)
    {
        if (Status != HearingStatus.Scheduled) throw new DomainRuleException("The hearing's decision has been recorded; attendance can no longer change");
        LicenseeAttended = licenseeAttended;
        RepresentedBy = Clean(representedBy);
        OthersPresent = Clean(othersPresent);
        Submissions = Clean(submissions);
    }

    /// <summary>The sub-committee's decision is recorded on the case; the hearing keeps the reasons as announced.</summary>
    public void RecordDecision(string announcedReasons, string recordedBy, DateOnly today, DateTime nowUtc)
    {
        if (Status != HearingStatus.Scheduled) throw new DomainRuleException("The sub-committee's decision on this hearing has already been recorded");
        if (today < HearingOn) throw new DomainRuleException($"The hearing is on {LondonTime.Format(HearingOn)}: the decision is recorded at or after it");
        if (LicenseeAttended is null) throw new DomainRuleException("Record whether the licensee attended before the decision", "LicenseeAttended");
        if (string.IsNullOrWhiteSpace(announcedReasons)) throw new DomainRuleException("Record the reasons as the chair announced them", "Reasons");
        AnnouncedReasons = announcedReasons.Trim();
        DecisionRecordedBy = recordedBy;
        DecisionRecordedAt = nowUtc;
        Status = HearingStatus.Decided;
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

public enum HearingStatus { Scheduled, Decided }
