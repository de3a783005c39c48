using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Notices;
using Licensing.Jobs.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Web.Features.Notices;

/// <summary>
/// Development only: issues some of the notices other features' demo data drafted, so the lists, the
/// post queue and a served notice are there to look at. Drafts stay for officers to preview and issue.
/// </summary>
public static class NoticesDemo
{
    public static async Task SeedAsync(IServiceProvider services, LicensingDbContext db)
    {
        var authority = services.GetRequiredService<IOptions<AuthorityOptions>>().Value;
        var delivery = services.GetRequiredService<DeliveryOptions>();
        var rules = services.GetRequiredService<ServiceRules>();
        using var system = SystemWork.As(Actor.System("demo data"));
        var drafts = await db.Notices.Where(n => n.Status == NoticeStatus.Draft).OrderBy(n => n.DraftedAt).Select(n => n.Id).ToListAsync();
        var issued = 0;
        foreach (var id in drafts.Where((_, i) => i % 2 == 0).Take(6))
        {
            try
            {
                var notice = await IssueNotice.RunAsync(db, id, authority, "Maya Manager", delivery.MessageIdDomain);
                if (issued++ == 0 && notice.Method == ServiceMethod.Post)
                    await ServeNotice.RecordPostingAsync(db, id, db.Today, PostClass.FirstClass, "Olivia Officer", rules, authority);
            }
            catch (DomainRuleException)
            {
                // A draft another feature left incomplete stays a draft, as it would for an officer.
            }
            db.ChangeTracker.Clear();
        }
    }
}
