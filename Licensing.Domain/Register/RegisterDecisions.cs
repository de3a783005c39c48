using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Register;

/// <summary>How decisions made here reach the register: created with the decision, updated as it takes effect or is appealed.</summary>
public static class RegisterDecisions
{
    /// <summary>Called by <see cref="DecisionConsequences.Follow"/> in the same save as the decision.</summary>
    public static void Record(LicensingDbContext db, Decision decision, Person person, AuthorityOptions authority)
    {
        // The register (like NR3S) holds driver and operator decisions; vehicle licences are not about a person's fitness.
        if (!decision.IsAdverse || decision.LicenceType.IsVehicle()) return;
        db.RegisterEntries.Add(RegisterEntry.FromDecision(decision, person, authority.Code, authority.Name, db.UtcNow));
    }

    /// <summary>The decision took effect: the entry carries the date. Call in the same save as the licence change.</summary>
    public static async Task DecisionTookEffectAsync(LicensingDbContext db, Decision decision, CancellationToken ct = default)
    {
        if (await EntryFor(db, decision, ct) is { } entry && decision.TookEffectOn is { } on) entry.DecisionTookEffect(on);
    }

    /// <summary>An appeal allowed or varied the decision: the entry says so (and keeps the history).</summary>
    public static async Task AppealDecidedAsync(LicensingDbContext db, Decision decision, string outcome, DateOnly on, CancellationToken ct = default)
    {
        if (await EntryFor(db, decision, ct) is { } entry) entry.AppealDecided(outcome, on);
    }

    private static async Task<RegisterEntry?> EntryFor(LicensingDbContext db, Decision decision, CancellationToken ct) =>
        db.RegisterEntries.Local.FirstOrDefault(e => e.DecisionId == decision.Id)
        ?? await db.RegisterEntries.FirstOrDefaultAsync(e => e.DecisionId == decision.Id, ct);
}
