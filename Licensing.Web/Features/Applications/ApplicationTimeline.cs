using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Licensing.Web.Components.Gov;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Applications;

/// <summary>Each application on the person's timeline, where it stands, with a link to it (its checks and records come through the audit trail).</summary>
public static class ApplicationTimeline
{
    public static async Task<IEnumerable<TimelineItem>> ForPersonAsync(LicensingDbContext db, Guid personId, CancellationToken ct)
    {
        var apps = await db.Applications.Where(a => a.PersonId == personId).ToListAsync(ct);
        return apps.Select(a => new TimelineItem(a.StatusChangedAt,
            $"Application {a.Reference}: {a.Kind.ToString().ToLowerInvariant()} {a.LicenceType.Describe().ToLowerInvariant()} licence — {a.Status.Describe().ToLowerInvariant()}",
            a.OfficerName, a.Recommendation is { } r ? $"Recommendation: {r.Describe()}" : null,
            [$"Received {LondonTime.Format(a.ReceivedOn)}", .. a.AssessedPolicySummary is { } p ? [$"Policy {a.AssessedPolicyLabel}: {p}"] : Array.Empty<string>()],
            $"/applications/{a.Id}", "Open the application"));
    }
}
