namespace Licensing.Domain.Notices;

/// <summary>
/// A letter or statutory notice to a licensee. Drafted in the same transaction as the decision or
/// step that causes it; previewed, then issued (frozen as a PDF with its SHA-256); then served.
/// The notices feature owns everything about it beyond <see cref="Draft"/>.
/// </summary>
public sealed class Notice
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public NoticeKind Kind { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid? DecisionId { get; private set; }
    public Guid? LicenceId { get; private set; }
    public Guid? ApplicationId { get; private set; }
    public Guid? ReviewCaseId { get; private set; }
    public DateTime DraftedAt { get; private set; }

    private Notice() { }

    /// <summary>The contract other features call: a notice is owed to this person for this reason.</summary>
    public static Notice Draft(NoticeKind kind, Guid personId, DateTime draftedAtUtc, Guid? decisionId = null, Guid? licenceId = null, Guid? applicationId = null, Guid? reviewCaseId = null) => new()
    {
        Kind = kind,
        PersonId = personId,
        DecisionId = decisionId,
        LicenceId = licenceId,
        ApplicationId = applicationId,
        ReviewCaseId = reviewCaseId,
        DraftedAt = draftedAtUtc,
    };
}

public enum NoticeKind
{
    Refusal,
    RefusalToRenew,
    Suspension,
    Revocation,
    RepresentationsInvitation,
    WarningLetter,
    HearingInvitation,
    HearingPack,
    LicenceDocument,
    ExpiryReminder,
}
