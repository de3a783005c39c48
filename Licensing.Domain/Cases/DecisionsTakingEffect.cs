using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Cases;

/// <summary>
/// Puts decisions into effect on their date: a suspension or revocation whose TakesEffectOn has
/// arrived changes the licence (immediately once an immediate-effect notice is served; otherwise when
/// the appeal period ends or the appeal is decided), a refusal to renew ends a licence kept in force past
/// its date for it, and a suspension reaching its end reinstates the licence. Idempotent — each decision is marked when it takes effect — so running it twice, or
/// nightly after a missed night, changes nothing more (and tells no referring authority twice). Saves once.
/// </summary>
public static class DecisionsTakingEffect
{
    public sealed record Result(int TookEffect, int Reinstated, int Skipped);

    public static async Task<Result> ApplyAsync(LicensingDbContext db, DateOnly today, AuthorityOptions authority, CancellationToken ct = default)
    {
        var due = await db.Decisions
            .Where(d => d.TakesEffectOn != null && d.TakesEffectOn <= today && d.TookEffectOn == null && d.LicenceId != null
                        && (d.Kind == DecisionKind.Suspension || d.Kind == DecisionKind.Revocation || d.Kind == DecisionKind.RefusalToRenew))
            .OrderBy(d => d.TakesEffectOn).ThenBy(d => d.RecordedAt)
            .ToListAsync(ct);
        var dueIds = due.Select(d => (Guid?)d.Id).ToList();
        // A decision replaced (by a correction or on appeal) before it took effect never takes effect.
        var superseded = await db.Decisions.Where(d => dueIds.Contains(d.SupersedesDecisionId)).Select(d => d.SupersedesDecisionId!.Value).ToListAsync(ct);
        // A decision under appeal waits for the court, even one whose date was set before the hold was kept (s.61(2A)).
        var underAppeal = await UnderAppeal(db).Where(id => dueIds.Contains(id)).ToListAsync(ct);
        int took = 0, skipped = 0, reinstated = 0;
        foreach (var decision in due)
        {
            if (superseded.Contains(decision.Id) || (!decision.ImmediateEffect && underAppeal.Contains(decision.Id))) { skipped++; continue; }
            await TakeEffectAsync(db, decision, authority, ct);
            took++;
        }

        var ending = await db.Licences.Where(l => l.Status == LicenceStatus.Suspended && l.SuspendedUntil != null && l.SuspendedUntil <= today).ToListAsync(ct);
        foreach (var licence in ending)
        {
            licence.Reinstate(licence.SuspendedUntil!.Value, "The fixed period of suspension ended");
            reinstated++;
        }
        await db.SaveChangesAsync(ct);
        return new Result(took, reinstated, skipped);
    }

    /// <summary>
    /// One suspension or revocation whose date has come: the decision is marked, the licence changes
    /// (a licence that has already ended has nothing left to change) and the register entry carries the
    /// date, and an authority that referred a concern in the case is told the dates (2022 Act), in the same
    /// save. The nightly run, the service of an immediate-effect notice and the court's decision all come through here.
    /// </summary>
    public static async Task TakeEffectAsync(LicensingDbContext db, Decision decision, AuthorityOptions authority, CancellationToken ct = default)
    {
        var on = decision.TakesEffectOn ?? throw new Common.DomainRuleException("This decision has no date to take effect yet");
        var licence = await db.Licences.SingleAsync(l => l.Id == decision.LicenceId, ct);
        decision.MarkTakenEffect(on);
        string? nothingLeft = null;
        if (decision.Kind == DecisionKind.RefusalToRenew) licence.RefusalToRenewTookEffect(decision, on);
        else if ((nothingLeft = licence.NothingLeftFor(decision.Kind)) is null && decision.Kind == DecisionKind.Revocation) licence.Revoke(decision, on);
        else if (nothingLeft is null) licence.Suspend(decision, on);
        await Register.RegisterDecisions.DecisionTookEffectAsync(db, decision, ct);
        await Partners.ReferralOutcomes.DecisionTookEffectAsync(db, decision, authority, nothingLeft, ct);
    }

    /// <summary>
    /// The notice of a decision was just served. An immediate-effect suspension or revocation served
    /// today stops the licence now rather than at the nightly run: passengers come first. Later dates
    /// are left to <see cref="ApplyAsync"/>, which applies the same rule.
    /// An appeal may be lodged before the notice is served (the licensee heard the decision at the hearing): service
    /// then sets no date, and the decision keeps waiting for the court.
    /// </summary>
    public static async Task OnServiceAsync(LicensingDbContext db, Decision decision, AuthorityOptions authority, CancellationToken ct = default)
    {
        if (decision.ImmediateEffect) await IfDueAsync(db, decision, authority, ct);
        else if (await IsUnderAppealAsync(db, decision.Id, ct)) decision.AwaitAppeal();
    }

    /// <summary>The decisions of cases whose appeal is lodged and not yet decided by the court.</summary>
    private static IQueryable<Guid?> UnderAppeal(LicensingDbContext db) =>
        db.ReviewCases.Where(c => c.Stage == CaseStage.AppealLodged && c.DecisionId != null).Select(c => c.DecisionId);

    private static Task<bool> IsUnderAppealAsync(LicensingDbContext db, Guid decisionId, CancellationToken ct) =>
        UnderAppeal(db).AnyAsync(id => id == decisionId, ct);

    /// <summary>
    /// A suspension or revocation whose date has come takes effect now rather than at the nightly run
    /// (the court's decision on an appeal, given today; an immediate-effect notice served today).
    /// </summary>
    public static async Task IfDueAsync(LicensingDbContext db, Decision decision, AuthorityOptions authority, CancellationToken ct = default)
    {
        if (decision.TakesEffectOn is not { } on || on > db.Today || decision.TookEffectOn is not null
            || decision.LicenceId is null || decision.Kind is not (DecisionKind.Suspension or DecisionKind.Revocation)) return;
        if (await db.Decisions.AnyAsync(d => d.SupersedesDecisionId == decision.Id, ct)) return;
        await TakeEffectAsync(db, decision, authority, ct);
    }
}
