using Licensing.Domain.Admin;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Notices.Pdf;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Notices;

/// <summary>
/// Preview and issue. Issuing renders the PDF, freezes the notice with its hash, stores the bytes and —
/// where the licensee agreed to email service — queues the email in the outbox, all in one save.
/// Otherwise the notice joins the print-and-post queue.
/// </summary>
public static class IssueNotice
{
    /// <summary>The PDF as it would be issued today, marked as a draft; nothing is saved.</summary>
    public static async Task<byte[]> PreviewAsync(LicensingDbContext db, Guid noticeId, AuthorityOptions authority, CancellationToken ct = default)
    {
        var notice = await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == noticeId, ct) ?? throw new DomainRuleException("There is no such notice");
        if (notice.Status is NoticeStatus.Issued or NoticeStatus.Served)
            return (await db.NoticeDocuments.AsNoTracking().SingleAsync(d => d.NoticeId == noticeId, ct)).Pdf;
        var (letter, _) = await ComposeAsync(db, notice, authority, ct);
        var mark = notice.Status == NoticeStatus.Withdrawn
            ? $"WITHDRAWN — NEVER ISSUED ({notice.WithdrawnReason}). This preview is not a notice and must not be sent."
            : "DRAFT FOR CHECKING — NOT ISSUED. This preview is not a notice and must not be sent.";
        return LetterComposer.Render(letter with { Blocks = [new Callout(mark), .. letter.Blocks] });
    }

    public static async Task<Notice> RunAsync(LicensingDbContext db, Guid noticeId, AuthorityOptions authority, string issuedBy, string messageIdDomain, CancellationToken ct = default)
    {
        var notice = await db.Notices.SingleOrDefaultAsync(n => n.Id == noticeId, ct) ?? throw new DomainRuleException("There is no such notice");
        notice.RequireDraft();
        if (notice.ReplacesNoticeId is not null) await CorrectNotice.RequireDecisionCorrectableAsync(db, notice, ct);
        var (letter, template) = await ComposeAsync(db, notice, authority, ct);
        var pdf = LetterComposer.Render(letter);
        var person = await db.People.SingleAsync(p => p.Id == notice.PersonId, ct);
        // Only at the address the licensee agreed to in writing: after a change of address the agreement is gone.
        var byEmail = person.MayBeServedByEmail;

        notice.Issue(new IssuedDocument(letter.Reference, letter.Title, template.TemplateVersion, pdf), issuedBy, db.UtcNow, byEmail ? ServiceMethod.Email : ServiceMethod.Post);
        db.NoticeDocuments.Add(NoticeDocument.For(notice, pdf));
        if (notice.ReplacesNoticeId is { } replaced)
        {
            // The notice it corrects must not reach the licensee after the correction: its unsent emails go with it.
            var original = await db.Notices.SingleAsync(n => n.Id == replaced, ct);
            var emails = await ServeNotice.EmailsStillToGoAsync(db, original,
                "The email carrying the notice being corrected is being sent at this moment: wait a few minutes and check its result before issuing the correction", ct);
            original.SupersededBy(notice, db.UtcNow);
            ServeNotice.WithdrawEmails(original, emails, issuedBy);
        }
        if (byEmail)
            db.OutboxMessages.Add(OutboxMessage.Queue(person.Email!, $"{letter.Title} (reference {letter.Reference})",
                EmailBody(person.FullName, letter, authority, person.EmailServiceAgreedOn!.Value), db.UtcNow, messageIdDomain, person.Id, notice.Id));
        await db.SaveChangesAsync(ct);
        return notice;
    }

    public static async Task<(LetterDocument Letter, NoticeTemplate Template)> ComposeAsync(LicensingDbContext db, Notice notice, AuthorityOptions authority, CancellationToken ct)
    {
        var template = await NoticeTemplates.CurrentAsync(db, notice.Kind, ct);
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == notice.PersonId, ct);
        var decision = notice.DecisionId is { } did ? await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == did, ct) : null;
        var licenceId = notice.LicenceId ?? decision?.LicenceId;
        var licence = licenceId is { } lid ? await db.Licences.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lid, ct) : null;
        DateTime? replacedIssuedAt = notice.ReplacesNoticeId is { } rid
            ? await db.Notices.Where(n => n.Id == rid).Select(n => n.IssuedAt).SingleOrDefaultAsync(ct) : null;
        var particulars = await CaseParticulars.ForAsync(db, notice, ct);
        var facts = new NoticeFacts(notice, person, decision, licence, authority, ReferenceFor(notice), db.Today, replacedIssuedAt, particulars);
        return (NoticeWording.Compose(facts, template), template);
    }

    /// <summary>e.g. REV-2026-3F9A1C; a correction keeps the reference and adds its version: REV-2026-3F9A1C/v2.</summary>
    public static string ReferenceFor(Notice notice)
    {
        if (notice.ReplacesReference is { } replaced)
            return $"{replaced.Split("/v")[0]}/v{notice.NoticeVersion}";
        return $"{notice.Kind.Code()}-{notice.DraftedAt.Year}-{notice.Id.ToString("N")[^6..].ToUpperInvariant()}";
    }

    private static string EmailBody(string name, LetterDocument letter, AuthorityOptions a, DateOnly agreedOn) => $"""
        Dear {name}

        Please find attached: {letter.Title}, reference {letter.Reference}.

        This is a formal notice. It is sent to you by email because on {LondonTime.Format(agreedOn)} you agreed in writing that notices may be served on you at this address. Please read it carefully: it may set out time limits that affect you.

        If you cannot open the attachment, contact us and we will post a printed copy.

        {a.Name}
        {a.ServiceName}
        {a.Address}
        {a.Phone} {a.Email}
        """;
}

/// <summary>Serving an issued notice: posting, by hand, or email sent; the decision learns its service date.</summary>
public static class ServeNotice
{
    public static async Task<BusinessCalendar> CalendarAsync(LicensingDbContext db, CancellationToken ct = default) =>
        new(await db.BankHolidays.Select(h => h.Date).ToListAsync(ct));

    public static async Task<DateOnly> RecordPostingAsync(LicensingDbContext db, Guid noticeId, DateOnly postedOn, PostClass postClass, string postedBy, ServiceRules rules,
        AuthorityOptions authority, CancellationToken ct = default)
    {
        var notice = await db.Notices.SingleOrDefaultAsync(n => n.Id == noticeId, ct) ?? throw new DomainRuleException("There is no such notice");
        var emails = await EmailsStillToGoAsync(db, notice, BeingSentNow, ct);
        var served = notice.RecordPosting(postedOn, postClass, postedBy, await CalendarAsync(db, ct), rules, db.Today);
        WithdrawEmails(notice, emails, postedBy);
        await DecisionServedAsync(db, notice, served, authority, ct);
        await db.SaveChangesAsync(ct);
        return served;
    }

    public static async Task<DateOnly> RecordHandDeliveryAsync(LicensingDbContext db, Guid noticeId, DateOnly deliveredOn, string by, AuthorityOptions authority, CancellationToken ct = default)
    {
        var notice = await db.Notices.SingleOrDefaultAsync(n => n.Id == noticeId, ct) ?? throw new DomainRuleException("There is no such notice");
        var emails = await EmailsStillToGoAsync(db, notice, BeingSentNow, ct);
        var served = notice.RecordHandDelivery(deliveredOn, by, db.Today);
        WithdrawEmails(notice, emails, by);
        await DecisionServedAsync(db, notice, served, authority, ct);
        await db.SaveChangesAsync(ct);
        return served;
    }

    /// <summary>
    /// The emails carrying a notice that is about to be served another way. One being handed to the mail
    /// server right now may already have reached the licensee: service is not recorded over it. Waiting and
    /// held ones are withdrawn in the same save as the service (a concurrent claim by the sender makes the
    /// save fail on the message's version instead of sending a second copy).
    /// </summary>
    internal static async Task<List<OutboxMessage>> EmailsStillToGoAsync(LicensingDbContext db, Notice notice, string whileBeingSent, CancellationToken ct)
    {
        var emails = await db.OutboxMessages.Where(m => m.NoticeId == notice.Id && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Held || m.Status == OutboxStatus.Sending)).ToListAsync(ct);
        if (emails.Any(m => m.Status == OutboxStatus.Sending)) throw new DomainRuleException(whileBeingSent);
        return emails;
    }

    private const string BeingSentNow = "The email carrying this notice is being sent at this moment: wait a few minutes and check its result below before recording service another way";

    internal static void WithdrawEmails(Notice notice, List<OutboxMessage> emails, string by)
    {
        foreach (var email in emails) email.Withdraw(notice.WhyNotEmailed!, by);
    }

    /// <summary>Called by the sender once the mail server accepted the email; the caller saves.</summary>
    public static async Task<DateOnly> EmailSentAsync(LicensingDbContext db, Notice notice, DateOnly sentOn, ServiceRules rules, AuthorityOptions authority, CancellationToken ct = default)
    {
        var served = notice.EmailSent(sentOn, await CalendarAsync(db, ct), rules);
        await DecisionServedAsync(db, notice, served, authority, ct);
        return served;
    }

    /// <summary>
    /// The first notice of a decision served starts its appeal period and sets when it takes effect. A
    /// correction served later starts the appeal period again, as its wording tells the licensee
    /// (<see cref="Decision.CorrectionServed"/>; docs/NOTICES.md).
    /// </summary>
    private static async Task DecisionServedAsync(LicensingDbContext db, Notice notice, DateOnly served, AuthorityOptions authority, CancellationToken ct)
    {
        if (!notice.IsDecisionNotice || notice.DecisionId is not { } id) return;
        var decision = await db.Decisions.SingleAsync(d => d.Id == id, ct);
        if (decision.NoticeServedOn is not null)
        {
            if (notice.ReplacesNoticeId is not null) decision.CorrectionServed(served);
            return;
        }
        decision.NoticeServed(served);
        await Cases.DecisionsTakingEffect.OnServiceAsync(db, decision, authority, ct);
    }
}

/// <summary>Corrections: a new draft version of an issued notice, which says which notice it replaces.</summary>
public static class CorrectNotice
{
    public static async Task<Notice> RunAsync(LicensingDbContext db, Guid noticeId, CancellationToken ct = default)
    {
        var notice = await db.Notices.SingleOrDefaultAsync(n => n.Id == noticeId, ct) ?? throw new DomainRuleException("There is no such notice");
        if (notice.SupersededAt is not null || await db.Notices.AnyAsync(n => n.ReplacesNoticeId == noticeId, ct))
            throw new DomainRuleException("A correction of this notice already exists; correct that one instead");
        await RequireDecisionCorrectableAsync(db, notice, ct);
        var correction = notice.Correct(db.UtcNow);
        db.Notices.Add(correction);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueIndex.Violation(e) is not null)
        {
            // The check above passed for both of two managers drafting at once; the index refuses the second.
            throw new DomainRuleException("Someone else drafted a correction of this notice a moment ago; correct that one instead");
        }
        return correction;
    }

    /// <summary>Checked when a correction is drafted and again when it is issued: the decision may have taken effect in between.</summary>
    internal static async Task RequireDecisionCorrectableAsync(LicensingDbContext db, Notice notice, CancellationToken ct)
    {
        if (notice.IsDecisionNotice && notice.DecisionId is { } id)
            (await db.Decisions.AsNoTracking().SingleAsync(d => d.Id == id, ct)).RequireNoticeCanBeCorrected();
    }
}

/// <summary>The wording in force for each kind of letter, and an administrator's new version of it.</summary>
public static class NoticeTemplates
{
    public static async Task<NoticeTemplate> CurrentAsync(LicensingDbContext db, NoticeKind kind, CancellationToken ct = default) =>
        await db.NoticeTemplates.AsNoTracking().Where(t => t.Kind == kind).OrderByDescending(t => t.TemplateVersion).FirstOrDefaultAsync(ct)
        ?? throw new DomainRuleException($"There is no wording for the {kind.Describe().ToLowerInvariant()}: an administrator must add it");

    /// <summary>
    /// Saves the administrator's edit of version <paramref name="editedVersion"/> as the next version. Refused
    /// when someone saved a newer version meanwhile: saving over it would silently undo their change.
    /// </summary>
    public static async Task<NoticeTemplate> SaveNewVersionAsync(LicensingDbContext db, NoticeKind kind, int editedVersion, string title, string body, string by, CancellationToken ct = default)
    {
        var latest = await db.NoticeTemplates.AsNoTracking().Where(t => t.Kind == kind).OrderByDescending(t => t.TemplateVersion).FirstOrDefaultAsync(ct);
        if (latest is not null && latest.TemplateVersion != editedVersion) throw NewerVersionSaved(latest);
        var template = NoticeTemplate.Create(kind, (latest?.TemplateVersion ?? 0) + 1, title, body, by, db.UtcNow);
        db.NoticeTemplates.Add(template);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueIndex.Violation(e) is not null)
        {
            // Two administrators saving at the same moment: the unique (kind, version) index refuses the second.
            db.ChangeTracker.Clear();
            throw NewerVersionSaved(await db.NoticeTemplates.AsNoTracking().Where(t => t.Kind == kind).OrderByDescending(t => t.TemplateVersion).FirstAsync(ct));
        }
        return template;
    }

    private static DomainRuleException NewerVersionSaved(NoticeTemplate latest) => new(
        $"Your change was not saved: version {latest.TemplateVersion} of this wording was saved by {latest.CreatedBy} at {LondonTime.Format(latest.CreatedAt)} after you opened it. " +
        "Reload the page to see their wording, then make your change again.");
}
