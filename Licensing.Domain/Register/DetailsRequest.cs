using Licensing.Domain.Common;

namespace Licensing.Domain.Register;

public enum DetailsRequestStatus { Pending, Approved, Declined }

/// <summary>
/// A partner authority asks for the grounds behind a hit. An officer here approves (disclosing the
/// grounds category, the decision and its dates, and whom to contact) or declines with a reason; the
/// partner fetches the answer by the request's id. Nothing beyond the hit is disclosed until then.
/// </summary>
public sealed class DetailsRequest : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid RegisterEntryId { get; private set; }
    public string RegisterReference { get; private set; } = "";
    public string RequestingAuthorityCode { get; private set; } = "";
    public string RequestingAuthorityName { get; private set; } = "";
    /// <summary>Why they ask: the application or review it is for.</summary>
    public string Reason { get; private set; } = "";
    public string? RequesterReference { get; private set; }
    public DateTime RequestedAt { get; private set; }
    public DetailsRequestStatus Status { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DeclineReason { get; private set; }
    /// <summary>What was disclosed, fixed when approved (the entry may change later).</summary>
    public string? DisclosedGrounds { get; private set; }
    public string? DisclosedSummary { get; private set; }
    public string? ContactDetails { get; private set; }
    public int Version { get; set; }

    private DetailsRequest() { }

    public static DetailsRequest Ask(RegisterEntry entry, string authorityCode, string authorityName, string reason, string? requesterReference, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Say what the details are needed for", "reason");
        if (reason.Length > 2000) throw new DomainRuleException("The reason must be 2,000 characters or fewer", "reason");
        return new DetailsRequest
        {
            RegisterEntryId = entry.Id,
            RegisterReference = entry.Reference,
            RequestingAuthorityCode = authorityCode,
            RequestingAuthorityName = authorityName,
            Reason = reason.Trim(),
            RequesterReference = string.IsNullOrWhiteSpace(requesterReference) ? null : requesterReference.Trim(),
            RequestedAt = nowUtc,
            Status = DetailsRequestStatus.Pending,
        };
    }

    public void Approve(RegisterEntry entry, string officer, string summary, string contact, DateTime nowUtc)
    {
        RequirePending();
        if (entry.Id != RegisterEntryId) throw new DomainRuleException("The details must come from the entry that was asked about");
        if (string.IsNullOrWhiteSpace(summary)) throw new DomainRuleException("Write what you are disclosing: the facts behind the decision, in brief", "Summary");
        Status = DetailsRequestStatus.Approved;
        DisclosedGrounds = RegisterWire.Name(entry.Grounds);
        DisclosedSummary = summary.Trim();
        ContactDetails = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim();
        DecidedBy = officer;
        DecidedAt = nowUtc;
    }

    public void Decline(string officer, string reason, DateTime nowUtc)
    {
        RequirePending();
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Give the reason for declining", "DeclineReason");
        Status = DetailsRequestStatus.Declined;
        DeclineReason = reason.Trim();
        DecidedBy = officer;
        DecidedAt = nowUtc;
    }

    private void RequirePending()
    {
        if (Status != DetailsRequestStatus.Pending) throw new DomainRuleException($"This request has already been {Status.ToString().ToLowerInvariant()}");
    }
}
