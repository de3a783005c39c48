using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Licensing.Jobs.Notices;

/// <summary>What one run did; Withdrawn counts emails whose notice had meanwhile been served another way.</summary>
public sealed record DispatchResult(int Sent, int Retrying, int Held, int FellBackToPost, int Withdrawn = 0);

/// <summary>
/// Sends what the outbox holds. Each message is claimed ("sending", with a lease) and saved before the
/// SMTP call, and its outcome saved after. A message found still "sending" after its lease ran out —
/// the process died between the hand-off and the record — is held for an officer, never resent. A
/// refusal is retried with back-off; a permanent refusal, a malformed address or too many attempts
/// send the notice to the post queue. A successful email serves its notice.
/// </summary>
public sealed class NoticeDispatcher(
    IDbContextFactory<LicensingDbContext> factory,
    IMailTransport transport,
    DeliveryOptions options,
    ServiceRules rules,
    IOptions<AuthorityOptions> authority,
    ILogger<NoticeDispatcher> log)
{
    public const string StuckReason = "The sender stopped after handing this message to the mail server and before recording the result, so it may or may not have been sent. Check with the licensee or the mail log, then confirm it as sent or resend it.";

    public async Task<DispatchResult> RunAsync(CancellationToken ct)
    {
        using var system = SystemWork.As(Actor.System("notice delivery"));
        int sent = 0, retrying = 0, fellBack = 0, withdrawn = 0;
        var held = await HoldStuckAsync(ct);

        List<Guid> due;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var now = db.UtcNow;
            due = await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(options.BatchSize).ToListAsync(ct);
        }
        foreach (var id in due)
        {
            ct.ThrowIfCancellationRequested();
            switch (await SendOneAsync(id, ct))
            {
                case OutboxStatus.Sent: sent++; break;
                case OutboxStatus.Pending: retrying++; break;
                case OutboxStatus.Held: held++; break;
                case OutboxStatus.GaveUp: fellBack++; break;
                case OutboxStatus.Withdrawn: withdrawn++; break;
            }
        }
        return new DispatchResult(sent, retrying, held, fellBack, withdrawn);
    }

    private async Task<int> HoldStuckAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = db.UtcNow;
        var stuck = await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Sending && m.LeaseUntil < now).ToListAsync(ct);
        foreach (var m in stuck)
        {
            m.Hold(StuckReason);
            log.LogWarning("Outbox message {MessageId} to {To} was left sending; held for an officer", m.MessageId, m.To);
        }
        if (stuck.Count > 0) await db.SaveChangesAsync(ct);
        return stuck.Count;
    }

    private async Task<OutboxStatus?> SendOneAsync(Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, ct);
        if (!message.IsDue(db.UtcNow)) return null;
        // A notice served by post or by hand since this was queued must not also arrive by email.
        if (message.NoticeId is { } carried && (await db.Notices.AsNoTracking().SingleAsync(n => n.Id == carried, ct)).WhyNotEmailed is { } why)
            message.Withdraw(why, null);
        else
            message.Claim(db.UtcNow, options.Lease);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // another sender claimed it first, or an officer recorded service another way
        }
        if (message.Status == OutboxStatus.Withdrawn)
        {
            log.LogInformation("Outbox message {MessageId} withdrawn: {Reason}", message.MessageId, message.LastError);
            return OutboxStatus.Withdrawn;
        }

        MimeMessage mime;
        try
        {
            mime = await ComposeAsync(db, message, ct);
        }
        catch (MailNotSentException e)
        {
            return await NotSentAsync(db, message, e, ct);
        }

        try
        {
            await transport.SendAsync(mime, ct);
        }
        catch (MailNotSentException e)
        {
            return await NotSentAsync(db, message, e, ct);
        }
        catch (Exception e)
        {
            message.Hold($"The mail server connection failed while sending, so it is not known whether the message was accepted ({e.GetType().Name}: {e.Message}). Check, then confirm it as sent or resend it.");
            await db.SaveChangesAsync(CancellationToken.None);
            log.LogWarning(e, "Outbox message {MessageId} outcome unknown; held", message.MessageId);
            if (e is OperationCanceledException) throw;
            return OutboxStatus.Held;
        }

        message.Delivered(db.UtcNow);
        if (message.NoticeId is { } noticeId)
        {
            var notice = await db.Notices.SingleAsync(n => n.Id == noticeId, ct);
            if (notice.Status == NoticeStatus.Issued) await ServeNotice.EmailSentAsync(db, notice, db.Today, rules, authority.Value, ct);
        }
        await db.SaveChangesAsync(CancellationToken.None);
        return OutboxStatus.Sent;
    }

    private async Task<OutboxStatus> NotSentAsync(LicensingDbContext db, OutboxMessage message, MailNotSentException e, CancellationToken ct)
    {
        message.NotDelivered(e.Message, e.Permanent, db.UtcNow, options.MaxAttempts, options.FirstRetryDelay);
        if (message.Status == OutboxStatus.GaveUp && message.NoticeId is { } noticeId)
            (await db.Notices.SingleAsync(n => n.Id == noticeId, ct)).FallBackToPost($"Email to {message.To} failed after {message.Attempts} attempt(s): {e.Message}");
        await db.SaveChangesAsync(CancellationToken.None);
        log.LogWarning("Outbox message {MessageId} not sent ({Status}): {Reason}", message.MessageId, message.Status, e.Message);
        return message.Status;
    }

    private async Task<MimeMessage> ComposeAsync(LicensingDbContext db, OutboxMessage message, CancellationToken ct)
    {
        if (!MailboxAddress.TryParse(message.To, out var to) || string.IsNullOrEmpty(to.Domain) || to.LocalPart.Length == 0)
            throw new MailNotSentException($"The address \"{message.To}\" is not a valid email address", permanent: true);
        var mime = new MimeMessage { MessageId = message.MessageId, Subject = message.Subject, Date = new DateTimeOffset(message.CreatedAt) };
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(to);
        var body = new BodyBuilder { TextBody = message.Body };
        if (message.NoticeId is { } noticeId)
        {
            var notice = await db.Notices.AsNoTracking().SingleAsync(n => n.Id == noticeId, ct);
            var pdf = await db.NoticeDocuments.AsNoTracking().Where(d => d.NoticeId == noticeId).Select(d => d.Pdf).SingleAsync(ct);
            body.Attachments.Add($"{notice.Reference!.Replace('/', '-')}.pdf", pdf, new ContentType("application", "pdf"));
            mime.Headers.Add("X-Licensing-Reference", notice.Reference);
        }
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
