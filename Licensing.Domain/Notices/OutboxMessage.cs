using Licensing.Domain.Common;

namespace Licensing.Domain.Notices;

/// <summary>
/// An email waiting to go, written in the same transaction as whatever caused it (a notice issued, a
/// reminder due), so it is never lost. The sender claims it with a lease before handing it to SMTP; a
/// claimed message found later with its lease run out has an unknown outcome and is held for an
/// officer to confirm or resend — never resent blindly, so it is never sent twice.
/// </summary>
public sealed class OutboxMessage : IVersioned, IBelongsToPerson
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    /// <summary>The RFC 5322 Message-ID, fixed when queued so a resend is recognisably the same message.</summary>
    public string MessageId { get; private set; } = "";
    public Guid? PersonId { get; private set; }
    /// <summary>When set, the notice's PDF goes as the attachment and a successful send serves it.</summary>
    public Guid? NoticeId { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public OutboxStatus Status { get; private set; } = OutboxStatus.Pending;
    public int Attempts { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public DateTime? LeaseUntil { get; private set; }
    public DateTime? LastAttemptAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public string? LastError { get; private set; }
    public string? ResolvedBy { get; private set; }
    public int Version { get; set; }

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

    private OutboxMessage() { }

    public static OutboxMessage Queue(string to, string subject, string body, DateTime nowUtc, string messageIdDomain, Guid? personId = null, Guid? noticeId = null)
    {
        if (string.IsNullOrWhiteSpace(to)) throw new DomainRuleException("The message has no address to go to", nameof(To));
        if (string.IsNullOrWhiteSpace(subject)) throw new DomainRuleException("The message has no subject", nameof(Subject));
        var message = new OutboxMessage
        {
            To = to.Trim(),
            Subject = subject.Trim(),
            Body = body,
            CreatedAt = nowUtc,
            NextAttemptAt = nowUtc,
            PersonId = personId,
            NoticeId = noticeId,
        };
        message.MessageId = $"{message.Id:N}@{(string.IsNullOrWhiteSpace(messageIdDomain) ? "licensing.invalid" : messageIdDomain.Trim())}";
        return message;
    }

    public bool IsDue(DateTime nowUtc) => Status == OutboxStatus.Pending && NextAttemptAt <= nowUtc;

    /// <summary>Taken by a sender: from here until it records the outcome, the result is unknown.</summary>
    public void Claim(DateTime nowUtc, TimeSpan lease)
    {
        if (!IsDue(nowUtc)) throw new DomainRuleException("This message is not waiting to be sent");
        Status = OutboxStatus.Sending;
        Attempts++;
        LastAttemptAt = nowUtc;
        LeaseUntil = nowUtc + lease;
    }

    public void Delivered(DateTime nowUtc)
    {
        RequireSending();
        Status = OutboxStatus.Sent;
        SentAt = nowUtc;
        LeaseUntil = null;
        LastError = null;
    }

    /// <summary>
    /// The server refused it or could not be reached, so it certainly was not sent. Try again later
    /// unless the refusal is permanent or the attempts are used up; then give up (the caller falls back to post).
    /// </summary>
    public void NotDelivered(string reason, bool permanent, DateTime nowUtc, int maxAttempts, TimeSpan firstRetryDelay)
    {
        RequireSending();
        LastError = reason;
        LeaseUntil = null;
        if (permanent || Attempts >= maxAttempts)
        {
            Status = OutboxStatus.GaveUp;
            return;
        }
        Status = OutboxStatus.Pending;
        NextAttemptAt = nowUtc + firstRetryDelay * Math.Pow(2, Attempts - 1);
    }

    /// <summary>It may or may not have reached the server: hold it for an officer.</summary>
    public void Hold(string reason)
    {
        RequireSending();
        Status = OutboxStatus.Held;
        LeaseUntil = null;
        LastError = reason;
    }

    public bool LeaseExpired(DateTime nowUtc) => Status == OutboxStatus.Sending && LeaseUntil < nowUtc;

    /// <summary>The officer checked (mail log, the licensee) that the held message did arrive.</summary>
    public void ConfirmSent(string officer)
    {
        RequireHeld();
        Status = OutboxStatus.Sent;
        SentAt = LastAttemptAt;
        ResolvedBy = officer;
    }

    /// <summary>The officer decided the held message did not arrive: send it again, same Message-ID.</summary>
    public void Resend(string officer, DateTime nowUtc)
    {
        RequireHeld();
        Status = OutboxStatus.Pending;
        NextAttemptAt = nowUtc;
        ResolvedBy = officer;
    }

    /// <summary>The officer gives up on email for this message; a notice goes to the post queue.</summary>
    public void Abandon(string officer, string reason)
    {
        if (Status is not (OutboxStatus.Held or OutboxStatus.Pending))
            throw new DomainRuleException("Only a held or waiting message can be abandoned");
        Status = OutboxStatus.GaveUp;
        LastError = reason;
        ResolvedBy = officer;
    }

    /// <summary>
    /// The notice it carries no longer awaits email service (served by post or by hand): it must never go
    /// now, or the licensee would receive the notice twice. Kept, with the reason, rather than deleted.
    /// </summary>
    public void Withdraw(string reason, string? by)
    {
        if (Status is not (OutboxStatus.Pending or OutboxStatus.Held))
            throw new DomainRuleException("Only a waiting or held message can be withdrawn");
        Status = OutboxStatus.Withdrawn;
        var why = LastError is null ? reason : $"{reason} (before that: {LastError})";
        LastError = why.Length <= MaxErrorLength ? why : why[..MaxErrorLength];
        ResolvedBy = by;
        LeaseUntil = null;
    }

    public const int MaxErrorLength = 2000;

    private void RequireSending()
    {
        if (Status != OutboxStatus.Sending) throw new DomainRuleException("This message is not being sent");
    }

    private void RequireHeld()
    {
        if (Status != OutboxStatus.Held) throw new DomainRuleException("Only a held message needs an officer's decision");
    }
}

public enum OutboxStatus { Pending, Sending, Sent, Held, GaveUp, Withdrawn }
