using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Licensing.Web.Components.Gov;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Licensees;

/// <summary>A licence's own story (its decisions and every recorded change), and the one status change made here: surrender.</summary>
public static class LicenceHistory
{
    public static async Task<List<TimelineItem>> ForAsync(LicensingDbContext db, Licence licence, CancellationToken ct = default)
    {
        var id = licence.Id.ToString();
        var audit = await db.AuditEntries.Where(a => a.EntityId == id).OrderByDescending(a => a.Id).ToListAsync(ct);
        var decisions = await db.Decisions.Where(d => d.LicenceId == licence.Id || d.Id == licence.GrantDecisionId).ToListAsync(ct);
        return audit.Select(a => PersonTimeline.Describe(a) with { Href = null, LinkText = null })
            .Concat(decisions.Select(d => PersonTimeline.Describe(d) with { Href = null, LinkText = null }))
            .OrderByDescending(i => i.AtUtc).ToList();
    }

    /// <summary>Records that the licensee gave the licence up; returns the broken rule, or null when saved.</summary>
    public static async Task<DomainRuleException?> SurrenderAsync(LicensingDbContext db, Guid licenceId, int versionSeen, DateOnly on, string? note, CancellationToken ct = default)
    {
        if (on > db.Today) return new DomainRuleException("The date surrendered must be today or in the past", "On");
        var licence = await db.Licences.SingleAsync(l => l.Id == licenceId, ct);
        if (on < licence.IssuedOn) return new DomainRuleException("The date surrendered must be on or after the date the licence was issued", "On");
        try
        {
            db.ExpectVersion(licence, versionSeen);
            licence.Surrender(on, note ?? "");
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DomainRuleException e)
        {
            return e;
        }
        catch (DbUpdateConcurrencyException)
        {
            return new DomainRuleException("Someone else changed this licence after you opened it. Nothing has been saved. Reload the page to see it as it is now.");
        }
    }
}
