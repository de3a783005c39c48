using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Domain.Register;

namespace Licensing.Domain.Applications;

/// <summary>Whether one searched register answered. A source that did not answer is never "no match".</summary>
public enum SourceOutcome { Answered, Failed, TimedOut }

/// <summary>What a register search returned, per source and per match (DESIGN.md federated search contract).</summary>
public sealed record RegisterSearchResult(string? SearchReference, IReadOnlyList<RegisterSourceResult> Sources, IReadOnlyList<RegisterCheckMatch> Matches);

public sealed record RegisterSourceResult(string Code, string Name, SourceOutcome Outcome, string? Detail = null);

public sealed record RegisterCheckMatch(string RegisterReference, string AuthorityCode, string AuthorityName, string Decision, DateOnly DecisionDate,
    string LicenceType, MatchBand Band, double Score, IReadOnlyList<string> Reasons, string? Contact = null);

/// <summary>
/// The register search done for an application (Taxis and PHVs (Safeguarding and Road Safety) Act 2022
/// s.3): that it was done, when, by whom, for whom, which registers answered and what each hit was.
/// </summary>
public sealed class RegisterCheck : IBelongsToPerson
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; private set; }
    public Guid PersonId { get; private set; }
    public DateTime SearchedAt { get; private set; }
    public DateOnly SearchedOn { get; private set; }
    public string SearchedByUserId { get; private set; } = "";
    public string SearchedByName { get; private set; } = "";
    public string SearchedFor { get; private set; } = "";
    public string? SearchReference { get; private set; }
    public List<RegisterCheckSource> Sources { get; private set; } = [];
    public List<RegisterHit> Hits { get; private set; } = [];

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

    private RegisterCheck() { }

    public bool EverySourceAnswered => Sources.Count > 0 && Sources.All(s => s.Outcome == SourceOutcome.Answered);

    internal static RegisterCheck Record(LicenceApplication application, string searchedFor, RegisterSearchResult result, Actor by, DateTime nowUtc, DateOnly today)
    {
        if (result.Sources.Count == 0) throw new DomainRuleException("The search reached no register: nothing was recorded");
        var check = new RegisterCheck
        {
            ApplicationId = application.Id, PersonId = application.PersonId, SearchedAt = nowUtc, SearchedOn = today,
            SearchedByUserId = by.Id, SearchedByName = by.Name, SearchedFor = searchedFor, SearchReference = result.SearchReference,
        };
        check.Sources.AddRange(result.Sources.Select(s => new RegisterCheckSource(check.Id, s)));
        check.Hits.AddRange(result.Matches.Select(m => new RegisterHit(check, m)));
        return check;
    }
}

public sealed class RegisterCheckSource
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid RegisterCheckId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public SourceOutcome Outcome { get; private set; }
    public string? Detail { get; private set; }

    private RegisterCheckSource() { }

    internal RegisterCheckSource(Guid checkId, RegisterSourceResult s)
    {
        RegisterCheckId = checkId;
        Code = s.Code;
        Name = s.Name;
        Outcome = s.Outcome;
        Detail = s.Detail;
    }
}

/// <summary>
/// One match on the register, and the task it opens: ask the recording authority for the details
/// behind it, then record their reply. An entry alone is not a reason to refuse (2022 Act s.3).
/// </summary>
public sealed class RegisterHit : IBelongsToPerson, IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid RegisterCheckId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid PersonId { get; private set; }
    public string RegisterReference { get; private set; } = "";
    public string AuthorityCode { get; private set; } = "";
    public string AuthorityName { get; private set; } = "";
    public string Decision { get; private set; } = "";
    public DateOnly DecisionDate { get; private set; }
    public string LicenceType { get; private set; } = "";
    public MatchBand Band { get; private set; }
    public double Score { get; private set; }
    public string Reasons { get; private set; } = "";
    public string? Contact { get; private set; }
    public DateTime? DetailsRequestedAt { get; private set; }
    public string? DetailsRequestedBy { get; private set; }
    public string? RequestNote { get; private set; }
    public DateOnly? ReplyReceivedOn { get; private set; }
    public string? Reply { get; private set; }
    public string? ReplyRecordedBy { get; private set; }
    public int Version { get; set; }

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

    private RegisterHit() { }

    internal RegisterHit(RegisterCheck check, RegisterCheckMatch m)
    {
        RegisterCheckId = check.Id;
        ApplicationId = check.ApplicationId;
        PersonId = check.PersonId;
        RegisterReference = m.RegisterReference;
        AuthorityCode = m.AuthorityCode;
        AuthorityName = m.AuthorityName;
        Decision = m.Decision;
        DecisionDate = m.DecisionDate;
        LicenceType = m.LicenceType;
        Band = m.Band;
        Score = m.Score;
        Reasons = string.Join(", ", m.Reasons);
        Contact = m.Contact;
    }

    /// <summary>The task stays open until the recording authority's reply is on file.</summary>
    public bool IsOpen => ReplyReceivedOn is null;

    public string WhomToAsk => Contact is null ? $"{AuthorityName} ({AuthorityCode}) licensing team" : $"{AuthorityName}: {Contact}";

    public void RequestDetails(Actor by, DateTime nowUtc, string? note)
    {
        if (!IsOpen) throw new DomainRuleException("The reply to this hit is already recorded");
        DetailsRequestedAt = nowUtc;
        DetailsRequestedBy = by.Name;
        RequestNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>The authority's answer, or the officer's finding that the hit is a different person.</summary>
    public void RecordReply(DateOnly receivedOn, string reply, Actor by, DateOnly today)
    {
        if (!IsOpen) throw new DomainRuleException("The reply to this hit is already recorded");
        if (string.IsNullOrWhiteSpace(reply)) throw new DomainRuleException("Summarise what the recording authority said", "Reply");
        if (receivedOn > today) throw new DomainRuleException("The reply cannot be received in the future", "ReplyReceivedOn");
        if (DetailsRequestedAt is { } asked && receivedOn < LondonTime.DateOf(asked)) throw new DomainRuleException("The reply cannot be before the request", "ReplyReceivedOn");
        ReplyReceivedOn = receivedOn;
        Reply = reply.Trim();
        ReplyRecordedBy = by.Name;
    }
}
