using Licensing.Domain.Data;
using Licensing.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Notices;

/// <summary>The notices list and queues: one projection, with the 14-day deadline worked out per row.</summary>
public static class NoticeList
{
    public sealed record Row(Guid Id, NoticeKind Kind, string? Reference, int NoticeVersion, NoticeStatus Status, ServiceMethod? Method, Guid PersonId, string Licensee,
        DateTime DraftedAt, DateTime? IssuedAt, DateOnly? PostedOn, DateOnly? ServedOn, DateOnly? DecidedOn, string? DeliveryProblem, DateTime? SupersededAt)
    {
        public DateOnly? DueBy => Kind.IsDecisionNotice() && DecidedOn is { } d ? NoticeDeadline.DueBy(d) : null;
        public DeadlineState? Deadline(DateOnly today) => Kind.IsDecisionNotice() && DecidedOn is { } d && SupersededAt is null ? NoticeDeadline.State(d, ServedOn, today) : null;
        public bool AwaitsPosting => Status == NoticeStatus.Issued && Method == ServiceMethod.Post && PostedOn is null;
    }

    public enum View { Open, Drafts, AwaitingService, Served, All }

    public static async Task<List<Row>> LoadAsync(LicensingDbContext db, View view, CancellationToken ct = default)
    {
        var q = db.Notices.AsNoTracking();
        q = view switch
        {
            View.Open => q.Where(n => n.Status != NoticeStatus.Served && n.Status != NoticeStatus.Withdrawn && n.SupersededAt == null),
            View.Drafts => q.Where(n => n.Status == NoticeStatus.Draft),
            View.AwaitingService => q.Where(n => n.Status == NoticeStatus.Issued && n.SupersededAt == null),
            View.Served => q.Where(n => n.Status == NoticeStatus.Served),
            _ => q,
        };
        return await (from n in q
                      join p in db.People on n.PersonId equals p.Id
                      join d in db.Decisions on n.DecisionId equals d.Id into ds
                      from d in ds.DefaultIfEmpty()
                      orderby n.DraftedAt descending
                      select new Row(n.Id, n.Kind, n.Reference, n.NoticeVersion, n.Status, n.Method, p.Id, p.Forenames + " " + p.Surname,
                          n.DraftedAt, n.IssuedAt, n.PostedOn, n.ServedOn, d == null ? null : d.DecidedOn, n.DeliveryProblem, n.SupersededAt))
            .Take(500).ToListAsync(ct);
    }

    public static (string Text, string Colour)? Tag(DeadlineState? state, DateOnly? due) => state switch
    {
        DeadlineState.Overdue => ($"Overdue: due {Format(due)}", "govuk-tag--red"),
        DeadlineState.DueSoon => ($"Due by {Format(due)}", "govuk-tag--orange"),
        DeadlineState.OnTrack => ($"Due by {Format(due)}", "govuk-tag--blue"),
        DeadlineState.Missed => ("Served after 14 days", "govuk-tag--red"),
        DeadlineState.Met => ("Served within 14 days", "govuk-tag--green"),
        _ => null,
    };

    public static string Describe(NoticeStatus status, ServiceMethod? method, DateOnly? postedOn) => (status, method) switch
    {
        (NoticeStatus.Draft, _) => "Draft",
        (NoticeStatus.Issued, ServiceMethod.Email) => "Issued: emailing",
        (NoticeStatus.Issued, ServiceMethod.Post) when postedOn is null => "Issued: to post",
        (NoticeStatus.Issued, _) => "Issued",
        (NoticeStatus.Served, ServiceMethod.Email) => "Served by email",
        (NoticeStatus.Served, ServiceMethod.Post) => "Served by post",
        (NoticeStatus.Served, ServiceMethod.Hand) => "Served by hand",
        (NoticeStatus.Withdrawn, _) => "Withdrawn",
        _ => status.ToString(),
    };

    private static string Format(DateOnly? d) => d is { } v ? Licensing.Domain.Common.LondonTime.Format(v) : "";
}
