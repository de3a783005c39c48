using System.Security.Cryptography;
using System.Text.Json;
using Licensing.Domain.Common;

namespace Licensing.Domain.Notices;

/// <summary>
/// A letter or statutory notice to a licensee. Drafted in the same transaction as the decision or
/// step that causes it; previewed, then issued (frozen as a PDF with its SHA-256); then served.
/// An issued notice never changes: a correction is a new version that names the one it replaces.
/// </summary>
public sealed class Notice : IVersioned, IBelongsToPerson
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public NoticeKind Kind { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid? DecisionId { get; private set; }
    public Guid? LicenceId { get; private set; }
    public Guid? ApplicationId { get; private set; }
    public Guid? ReviewCaseId { get; private set; }
    public DateTime DraftedAt { get; private set; }

    public NoticeStatus Status { get; private set; } = NoticeStatus.Draft;
    /// <summary>1 for the first notice; a correction is the next version of the same reference.</summary>
    public int NoticeVersion { get; private set; } = 1;
    public Guid? ReplacesNoticeId { get; private set; }
    public string? ReplacesReference { get; private set; }
    /// <summary>What the caller filled in beyond the decision (hearing date, letter body, pack sections), as JSON.</summary>
    public string? ParticularsJson { get; private set; }

    public string? Reference { get; private set; }
    public string? Title { get; private set; }
    public int? TemplateVersion { get; private set; }
    public DateTime? IssuedAt { get; private set; }
    public string? IssuedBy { get; private set; }
    /// <summary>Hex SHA-256 of the issued PDF (named so the audit trail records it).</summary>
    public string? Sha256 { get; private set; }
    public int? PdfLength { get; private set; }
    public DateTime? SupersededAt { get; private set; }

    public ServiceMethod? Method { get; private set; }
    public DateOnly? PostedOn { get; private set; }
    public PostClass? PostClass { get; private set; }
    public string? PostedBy { get; private set; }
    public DateOnly? ServedOn { get; private set; }
    /// <summary>Why email service failed and the notice went to the post queue.</summary>
    public string? DeliveryProblem { get; private set; }
    /// <summary>Why a draft was withdrawn without being issued.</summary>
    public string? WithdrawnReason { get; private set; }
    public int Version { get; set; }

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

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

    public bool IsDecisionNotice => Kind.IsDecisionNotice();
    public bool AwaitsPosting => Status == NoticeStatus.Issued && Method == ServiceMethod.Post && PostedOn is null;
    /// <summary>Only such a notice may be emailed: one served by post or by hand, or sent to the post queue, never is.</summary>
    public bool AwaitsEmailService => Status == NoticeStatus.Issued && Method == ServiceMethod.Email && SupersededAt is null;

    /// <summary>Why an email carrying this notice must not be sent (null while it awaits email service).</summary>
    public string? WhyNotEmailed => this switch
    {
        { AwaitsEmailService: true } => null,
        { Status: NoticeStatus.Served, Method: ServiceMethod.Hand } => $"Withdrawn, not sent: the notice was handed to the licensee on {LondonTime.Format(ServedOn!.Value)} (recorded by {PostedBy})",
        { Status: NoticeStatus.Served, Method: ServiceMethod.Post } => $"Withdrawn, not sent: the notice was posted on {LondonTime.Format(PostedOn!.Value)} by {PostedBy}",
        { Status: NoticeStatus.Served } => "Withdrawn, not sent: the notice has already been served",
        { SupersededAt: not null } => "Withdrawn, not sent: a correction replaced the notice before it was served",
        { Status: NoticeStatus.Issued, Method: ServiceMethod.Post } => "Withdrawn, not sent: the notice was moved to the post queue",
        _ => $"Withdrawn, not sent: the notice is {Status.ToString().ToLowerInvariant()}",
    };

    public NoticeParticulars Particulars =>
        ParticularsJson is null ? new NoticeParticulars() : JsonSerializer.Deserialize<NoticeParticulars>(ParticularsJson)!;

    /// <summary>What the letter says beyond the decision: hearing details, the body of a warning, the pack's sections.</summary>
    public Notice Fill(NoticeParticulars particulars)
    {
        RequireDraft();
        ParticularsJson = JsonSerializer.Serialize(particulars);
        return this;
    }

    /// <summary>Freezes the notice: from now on its PDF, hash, reference and wording never change.</summary>
    public void Issue(IssuedDocument document, string issuedBy, DateTime issuedAtUtc, ServiceMethod method)
    {
        RequireDraft();
        if (string.IsNullOrWhiteSpace(issuedBy)) throw new DomainRuleException("A notice must record who issued it");
        if (document.Pdf.Length == 0) throw new DomainRuleException("The notice has no document to issue");
        Status = NoticeStatus.Issued;
        Reference = document.Reference;
        Title = document.Title;
        TemplateVersion = document.TemplateVersion;
        Sha256 = HashOf(document.Pdf);
        PdfLength = document.Pdf.Length;
        IssuedAt = issuedAtUtc;
        IssuedBy = issuedBy.Trim();
        Method = method;
    }

    /// <summary>A correction: a new draft of the same notice, which will say which notice it replaces.</summary>
    public Notice Correct(DateTime nowUtc)
    {
        if (Status is not (NoticeStatus.Issued or NoticeStatus.Served))
            throw new DomainRuleException("Only an issued notice can be corrected; edit the draft instead");
        return new Notice
        {
            Kind = Kind,
            PersonId = PersonId,
            DecisionId = DecisionId,
            LicenceId = LicenceId,
            ApplicationId = ApplicationId,
            ReviewCaseId = ReviewCaseId,
            DraftedAt = nowUtc,
            NoticeVersion = NoticeVersion + 1,
            ReplacesNoticeId = Id,
            ReplacesReference = Reference,
            ParticularsJson = ParticularsJson,
        };
    }

    public void SupersededBy(Notice correction, DateTime nowUtc)
    {
        if (correction.ReplacesNoticeId != Id) throw new DomainRuleException("That notice does not replace this one");
        SupersededAt ??= nowUtc;
    }

    /// <summary>The officer posted the printed notice; service is deemed on a later business day.</summary>
    public DateOnly RecordPosting(DateOnly postedOn, PostClass postClass, string postedBy, BusinessCalendar calendar, ServiceRules rules, DateOnly today)
    {
        if (Status != NoticeStatus.Issued) throw new DomainRuleException(Status == NoticeStatus.Draft ? "Issue the notice before posting it" : "This notice has already been served", nameof(PostedOn));
        if (postedOn > today) throw new DomainRuleException("The posting date cannot be in the future", nameof(PostedOn));
        if (IssuedAt is { } issued && postedOn < LondonTime.DateOf(issued)) throw new DomainRuleException("The notice cannot have been posted before it was issued", nameof(PostedOn));
        Method = ServiceMethod.Post;
        PostedOn = postedOn;
        PostClass = postClass;
        PostedBy = postedBy;
        return Serve(rules.PostServedOn(postedOn, postClass, calendar));
    }

    /// <summary>Handed to the licensee in person: served that day.</summary>
    public DateOnly RecordHandDelivery(DateOnly deliveredOn, string by, DateOnly today)
    {
        if (Status != NoticeStatus.Issued) throw new DomainRuleException("Only an issued notice not yet served can be handed over");
        if (deliveredOn > today) throw new DomainRuleException("The date cannot be in the future", nameof(ServedOn));
        Method = ServiceMethod.Hand;
        PostedBy = by;
        return Serve(deliveredOn);
    }

    /// <summary>The email carrying the notice was accepted by the mail server on this London date.</summary>
    public DateOnly EmailSent(DateOnly sentOn, BusinessCalendar calendar, ServiceRules rules)
    {
        if (Status != NoticeStatus.Issued) throw new DomainRuleException("Only an issued notice not yet served can be emailed");
        return Serve(rules.EmailServedOn(sentOn, calendar));
    }

    /// <summary>Email service failed for good: the notice joins the print-and-post queue with the reason.</summary>
    public void FallBackToPost(string reason)
    {
        if (Status != NoticeStatus.Issued) return;
        Method = ServiceMethod.Post;
        DeliveryProblem = reason;
    }

    private DateOnly Serve(DateOnly servedOn)
    {
        ServedOn = servedOn;
        Status = NoticeStatus.Served;
        return servedOn;
    }

    /// <summary>Only a draft is filled or issued: an issued notice is corrected instead, and a withdrawn draft is never issued.</summary>
    public void RequireDraft()
    {
        if (Status == NoticeStatus.Withdrawn)
            throw new DomainRuleException($"This draft was withdrawn ({WithdrawnReason}) and cannot be issued or changed");
        if (Status != NoticeStatus.Draft)
            throw new DomainRuleException("This notice has been issued and cannot change; issue a correction as a new version instead");
    }

    /// <summary>
    /// A draft no longer owed because what it was for changed before it was issued (the hearing it invites
    /// to was adjourned). It is kept, marked and never issued, rather than deleted.
    /// </summary>
    public void WithdrawDraft(string reason)
    {
        RequireDraft();
        Status = NoticeStatus.Withdrawn;
        WithdrawnReason = reason;
    }

    public static string HashOf(byte[] pdf) => Convert.ToHexStringLower(SHA256.HashData(pdf));
}

/// <summary>The frozen PDF of an issued notice, kept apart from the notice so lists stay light.</summary>
public sealed class NoticeDocument
{
    public Guid NoticeId { get; private set; }
    public byte[] Pdf { get; private set; } = [];

    private NoticeDocument() { }

    public static NoticeDocument For(Notice notice, byte[] pdf)
    {
        if (notice.Sha256 != Notice.HashOf(pdf)) throw new DomainRuleException("The stored document must be the one issued");
        return new NoticeDocument { NoticeId = notice.Id, Pdf = pdf };
    }
}

public sealed record IssuedDocument(string Reference, string Title, int TemplateVersion, byte[] Pdf);

/// <summary>Details a caller supplies for letters that are not about a recorded decision (or add to one).</summary>
public sealed record NoticeParticulars(
    string? Body = null,
    DateOnly? HearingOn = null,
    string? HearingTime = null,
    string? HearingPlace = null,
    DateOnly? RepresentationsBy = null,
    IReadOnlyList<PackSection>? Sections = null,
    // A letter about an application for a new licence has neither licence nor decision to name the type from.
    Licensees.LicenceType? LicenceType = null);

/// <summary>One section of a hearing pack: report, chronology, allegations and findings, evidence, representations.</summary>
public sealed record PackSection(string Title, string Text, IReadOnlyList<string>? Items = null);

public enum NoticeStatus { Draft, Issued, Served, Withdrawn }
public enum ServiceMethod { Email, Post, Hand }
public enum PostClass { FirstClass, SecondClass }

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
    ConditionsLetter,
    HearingAdjourned,
}

public static class NoticeKinds
{
    public static bool IsDecisionNotice(this NoticeKind kind) =>
        kind is NoticeKind.Refusal or NoticeKind.RefusalToRenew or NoticeKind.Suspension or NoticeKind.Revocation;

    public static string Describe(this NoticeKind kind) => kind switch
    {
        NoticeKind.Refusal => "Refusal notice",
        NoticeKind.RefusalToRenew => "Refusal to renew notice",
        NoticeKind.Suspension => "Suspension notice",
        NoticeKind.Revocation => "Revocation notice",
        NoticeKind.RepresentationsInvitation => "Invitation to make representations",
        NoticeKind.WarningLetter => "Warning letter",
        NoticeKind.HearingInvitation => "Hearing invitation",
        NoticeKind.HearingPack => "Sub-committee hearing pack",
        NoticeKind.LicenceDocument => "Licence",
        NoticeKind.ExpiryReminder => "Licence expiry reminder",
        NoticeKind.ConditionsLetter => "Conditions letter",
        NoticeKind.HearingAdjourned => "Hearing adjourned letter",
        _ => kind.ToString(),
    };

    /// <summary>Short code in the reference, e.g. REV for a revocation.</summary>
    public static string Code(this NoticeKind kind) => kind switch
    {
        NoticeKind.Refusal => "REF",
        NoticeKind.RefusalToRenew => "RTR",
        NoticeKind.Suspension => "SUS",
        NoticeKind.Revocation => "REV",
        NoticeKind.RepresentationsInvitation => "REP",
        NoticeKind.WarningLetter => "WRN",
        NoticeKind.HearingInvitation => "HRG",
        NoticeKind.HearingPack => "PACK",
        NoticeKind.LicenceDocument => "LIC",
        NoticeKind.ExpiryReminder => "EXP",
        NoticeKind.ConditionsLetter => "CND",
        NoticeKind.HearingAdjourned => "ADJ",
        _ => "NOT",
    };
}
