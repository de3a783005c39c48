using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Licensees;

/// <summary>
/// What happened to the badge, plates and licence a suspension or revocation demanded back (the decision
/// notice tells the licensee to return them when it takes effect; keeping a badge is an offence): handed in
/// on a date, or, when they will not come back, why and what was done. One for each decision that took a
/// licence out of force, so a second suspension is owed its own return. A badge still out lets a driver
/// who may no longer work look licensed to passengers and operators.
/// </summary>
public sealed class DocumentReturn : IBelongsToPerson
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid LicenceId { get; private set; }
    public Guid DecisionId { get; private set; }
    public Guid? PersonId { get; private set; }
    public bool Returned { get; private set; }
    public DateOnly? ReturnedOn { get; private set; }
    public string? Note { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    /// <summary>A local service standard: a return outstanding longer than this many days is chased (a task for the officers).</summary>
    public const int OverdueAfterDays = 7;

    /// <summary>A return due back since before this day is overdue.</summary>
    public static DateOnly OverdueIfDueBefore(DateOnly today) => today.AddDays(-OverdueAfterDays);

    Guid? IBelongsToPerson.TimelinePersonId => PersonId;

    /// <summary>The key of the officers' task to chase this return (raised by the returns-overdue job, closed when the return is recorded).</summary>
    public static string TaskKey(Guid licenceId, Guid decisionId) => $"document-return:{licenceId}:{decisionId}";

    private DocumentReturn() { }

    /// <summary>What a licence of this kind owes back, in the notice's words.</summary>
    public static string Owed(Licence licence) => licence switch
    {
        DriverLicence d => $"badge {d.BadgeNumber} and licence",
        VehicleLicence v => $"plates {v.PlateNumber} and licence",
        _ => "licence",
    };

    /// <summary>
    /// Records the return (a date) or, without a date, why they will not be returned (a note is then required).
    /// Only while the licence is suspended or revoked by a decision, and once for that decision.
    /// </summary>
    public static DocumentReturn Record(Licence licence, DateOnly? returnedOn, string? note, string by, DateOnly today, DateTime nowUtc)
    {
        if (licence.Status is not (LicenceStatus.Suspended or LicenceStatus.Revoked) || licence.StatusDecisionId is not { } decisionId)
            throw new DomainRuleException("Only a licence suspended or revoked by a decision has a badge, plates or licence to return");
        if (returnedOn is { } on)
        {
            if (on > today) throw new DomainRuleException("The date returned must be today or in the past", "ReturnedOn");
            if (on < licence.IssuedOn) throw new DomainRuleException("The date returned must be on or after the date the licence was issued", "ReturnedOn");
        }
        else if (string.IsNullOrWhiteSpace(note))
            throw new DomainRuleException($"Enter the date the {Owed(licence)} were returned, or say why they will not be and what was done", "ReturnedOn");
        return new DocumentReturn
        {
            LicenceId = licence.Id,
            DecisionId = decisionId,
            PersonId = licence.HolderId,
            Returned = returnedOn is not null,
            ReturnedOn = returnedOn,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            RecordedBy = by,
            RecordedAt = nowUtc,
        };
    }

    /// <summary>Licences suspended or revoked by a decision whose return is not yet recorded, longest outstanding first.</summary>
    public static IQueryable<Licence> Outstanding(LicensingDbContext db) =>
        db.Licences.Where(l => (l.Status == LicenceStatus.Suspended || l.Status == LicenceStatus.Revoked) && l.StatusDecisionId != null
                               && !db.DocumentReturns.Any(r => r.LicenceId == l.Id && r.DecisionId == l.StatusDecisionId))
            .OrderBy(l => l.StatusSince);

    /// <summary>Records it in the caller's save; a return already recorded for the same decision is refused.</summary>
    public static async Task<DocumentReturn> RecordAsync(LicensingDbContext db, Guid licenceId, DateOnly? returnedOn, string? note, string by, CancellationToken ct = default)
    {
        var licence = await db.Licences.SingleAsync(l => l.Id == licenceId, ct);
        if (await db.DocumentReturns.AnyAsync(r => r.LicenceId == licenceId && r.DecisionId == licence.StatusDecisionId, ct))
            throw new DomainRuleException("The return for this suspension or revocation is already recorded");
        var record = Record(licence, returnedOn, note, by, db.Today, db.UtcNow);
        db.DocumentReturns.Add(record);
        var key = TaskKey(licence.Id, record.DecisionId);
        if (await db.TeamTasks.SingleOrDefaultAsync(t => t.Key == key && t.ClosedAt == null, ct) is { } chase)
            chase.Close(db.UtcNow, by, record.Returned ? "Returned" : "Will not be returned: recorded on the licence");
        return record;
    }
}
