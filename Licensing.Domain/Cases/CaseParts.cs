using Licensing.Domain.Concerns;

namespace Licensing.Domain.Cases;

/// <summary>One allegation the licensee is asked to answer, framed from the concerns, and the finding on it.</summary>
public sealed class Allegation
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ReviewCaseId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; } = "";
    public List<Guid> FromConcernIds { get; private set; } = [];
    /// <summary>Null until a finding is made; then proven or not proven on the balance of probabilities.</summary>
    public bool? Proven { get; private set; }
    public string? FindingReasons { get; private set; }
    public List<Guid> EvidenceReliedOn { get; private set; } = [];
    public DateOnly? FoundOn { get; private set; }
    public string? FoundBy { get; private set; }

    public bool HasFinding => Proven is not null;

    private Allegation() { }

    internal Allegation(int number, string text, IEnumerable<Guid> concernIds)
    {
        Number = number;
        Text = text;
        FromConcernIds = concernIds.Distinct().ToList();
    }

    internal void Find(bool proven, string reasons, IEnumerable<Guid> evidence, DateOnly on, string by)
    {
        Proven = proven;
        FindingReasons = reasons;
        EvidenceReliedOn = evidence.Distinct().ToList();
        FoundOn = on;
        FoundBy = by;
    }
}

/// <summary>A document, statement, police disclosure or CCTV note, with where it came from and how far it can be relied on.</summary>
public sealed class EvidenceItem
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ReviewCaseId { get; private set; }
    public int Number { get; private set; }
    public EvidenceKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public string Source { get; private set; } = "";
    public Grading Grading { get; private set; } = Grading.Untested;
    public DateOnly ObtainedOn { get; private set; }
    public string AddedBy { get; private set; } = "";

    private EvidenceItem() { }

    internal EvidenceItem(int number, EvidenceKind kind, string description, string source, Grading grading, DateOnly obtainedOn, string addedBy)
    {
        Number = number;
        Kind = kind;
        Description = description;
        Source = source;
        Grading = grading;
        ObtainedOn = obtainedOn;
        AddedBy = addedBy;
    }

    public string Label => $"E{Number}";

    public static string Describe(EvidenceKind k) => k switch
    {
        EvidenceKind.PoliceInformation => "Police information",
        EvidenceKind.CctvNote => "CCTV note",
        _ => k.ToString(),
    };
}

public enum EvidenceKind { Document, Statement, PoliceInformation, CctvNote, Photograph, Other }

/// <summary>The record of an interview with the licensee (or a witness): who was there and what was said.</summary>
public sealed class InterviewRecord
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ReviewCaseId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string Interviewee { get; private set; } = "";
    public string Present { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";

    private InterviewRecord() { }

    internal InterviewRecord(DateOnly heldOn, string interviewee, string present, string summary, string recordedBy)
    {
        HeldOn = heldOn;
        Interviewee = interviewee;
        Present = present;
        Summary = summary;
        RecordedBy = recordedBy;
    }
}

/// <summary>More time given to the licensee to make representations, and why.</summary>
public sealed class RepresentationsExtension
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ReviewCaseId { get; private set; }
    public DateOnly GrantedOn { get; private set; }
    public DateOnly PreviousDueOn { get; private set; }
    public DateOnly NewDueOn { get; private set; }
    public string Reason { get; private set; } = "";

    private RepresentationsExtension() { }

    internal RepresentationsExtension(DateOnly grantedOn, DateOnly previousDueOn, DateOnly newDueOn, string reason)
    {
        GrantedOn = grantedOn;
        PreviousDueOn = previousDueOn;
        NewDueOn = newDueOn;
        Reason = reason;
    }
}
