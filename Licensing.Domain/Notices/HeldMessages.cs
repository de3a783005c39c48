using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Notices;

/// <summary>An officer's decision on an email whose outcome is unknown, or that failed.</summary>
public static class HeldMessages
{
    /// <summary>It did arrive: the notice is served as of the day it was handed to the mail server.</summary>
    public static async Task ConfirmSentAsync(LicensingDbContext db, Guid messageId, string officer, ServiceRules rules, Admin.AuthorityOptions authority, CancellationToken ct = default)
    {
        var message = await FindAsync(db, messageId, ct);
        message.ConfirmSent(officer);
        if (message.NoticeId is { } noticeId && await db.Notices.SingleAsync(n => n.Id == noticeId, ct) is { Status: NoticeStatus.Issued } notice)
            await ServeNotice.EmailSentAsync(db, notice, LondonTime.DateOf(message.SentAt ?? db.UtcNow), rules, authority, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>It did not arrive: send it again with the same Message-ID.</summary>
    public static async Task ResendAsync(LicensingDbContext db, Guid messageId, string officer, CancellationToken ct = default)
    {
        var message = await FindAsync(db, messageId, ct);
        if (message.NoticeId is { } noticeId && (await db.Notices.AsNoTracking().SingleAsync(n => n.Id == noticeId, ct)).WhyNotEmailed is { } why)
            throw new DomainRuleException($"This email is not sent again. {why}.");
        message.Resend(officer, db.UtcNow);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Give up on email: the notice goes to the print-and-post queue.</summary>
    public static async Task SendByPostInsteadAsync(LicensingDbContext db, Guid messageId, string officer, CancellationToken ct = default)
    {
        var message = await FindAsync(db, messageId, ct);
        var why = message.LastError;
        message.Abandon(officer, $"{officer} chose to post it instead");
        if (message.NoticeId is { } noticeId)
            (await db.Notices.SingleAsync(n => n.Id == noticeId, ct)).FallBackToPost($"Email to {message.To}: {why}");
        await db.SaveChangesAsync(ct);
    }

    private static async Task<OutboxMessage> FindAsync(LicensingDbContext db, Guid id, CancellationToken ct) =>
        await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw new DomainRuleException("There is no such message");
}
