using Hangfire;
using Licensing.Domain.Admin;
using Licensing.Domain.Common;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Domain.Jobs;
using Licensing.Domain.Licensees;
using Licensing.Domain.Register;
using Licensing.Jobs.Partners;
using Licensing.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Jobs.Register;

/// <summary>
/// Every night each current licensee is searched against this register and every partner's (the
/// register feature's federated search, purpose "review"). An exact or strong hit nobody has seen before
/// opens a concern for triage, with a task for the officers; the task's key — person, authority,
/// register reference — is what makes sure the same hit never opens a second concern. The licensee's
/// own entries here (our own decisions about them) are not news and are skipped.
/// </summary>
[DisableConcurrentExecution(6 * 60 * 60)]
public sealed class NightlyRescreening(IDbContextFactory<LicensingDbContext> dbs, JobRunLog log, FederatedSearch search, IOptions<AuthorityOptions> authority) : ILicensingJob
{
    public const string Name = "nightly-rescreening";

    public Task RunAsync(CancellationToken ct) => log.RecordAsync(Name, RescreenAsync, ct);

    private sealed record Hit(string AuthorityCode, string AuthorityName, string Reference, string Decision, DateOnly DecisionDate, string Band, IReadOnlyList<string> Reasons);

    private async Task<JobResult> RescreenAsync(CancellationToken ct)
    {
        List<Guid> licensees;
        await using (var db = await dbs.CreateDbContextAsync(ct))
            licensees = await db.Licences.Where(l => (l.Status == LicenceStatus.Granted || l.Status == LicenceStatus.Suspended) && l.HolderId != null)
                .Select(l => l.HolderId!.Value).Distinct().ToListAsync(ct);

        int searched = 0, unanswered = 0;
        var opened = new PerItem.Counts(0, 0, null);
        foreach (var personId in licensees)
        {
            Person person;
            await using (var db = await dbs.CreateDbContextAsync(ct))
                person = await db.People.AsNoTracking().SingleAsync(p => p.Id == personId, ct);
            var result = await search.SearchAsync(new RegisterQuery(person.Surname, person.Forenames, person.PreviousSurnames, person.DateOfBirth,
                person.DrivingLicenceNumber, SearchPurpose.Review, "Nightly re-screening"), SearchChannel.ApplicationCheck, ct);
            searched++;
            unanswered += result.Partners.Count(p => p.Answer != PartnerAnswer.Answered);

            var ownEntries = await OwnEntriesAsync(personId, ct);
            var hits = result.Local.Where(m => m.Band is MatchBand.Exact or MatchBand.Strong && !ownEntries.Contains(m.EntryId))
                .Select(m => new Hit(m.AuthorityCode, m.AuthorityName, m.RegisterReference, m.Decision.ToString(), m.DecisionDate, m.Band.ToString(), m.Reasons))
                .Concat(result.Partners.SelectMany(p => p.Matches)
                    .Where(m => m.Band is "exact" or "strong")
                    .Select(m => new Hit(m.AuthorityCode, m.AuthorityName, m.RegisterReference, m.Decision, m.DecisionDate, m.Band, m.Reasons)))
                .ToList();
            opened = opened.And(await PerItem.ForEachAsync(dbs, hits, (db, hit, ct) => OpenConcernAsync(db, person, hit, ct), ct));
        }
        var extra = unanswered > 0 ? $"{searched} licensees searched; {unanswered} partner searches not answered (tried again tomorrow)" : $"{searched} licensees searched";
        var found = opened.Result("new hit opened a concern", "new hits opened concerns");
        return found with { Summary = $"{found.Summary}; {extra}" };
    }

    private async Task<HashSet<Guid>> OwnEntriesAsync(Guid personId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var code = authority.Value.Code;
        return (await db.RegisterEntries.Where(e => e.PersonId == personId && e.AuthorityCode == code).Select(e => e.Id).ToListAsync(ct)).ToHashSet();
    }

    private static async Task<bool> OpenConcernAsync(LicensingDbContext db, Person person, Hit hit, CancellationToken ct)
    {
        var key = $"rescreen:{person.Id}:{hit.AuthorityCode}:{hit.Reference}";
        if (await db.TeamTasks.AnyAsync(t => t.Key == key, ct)) return false;
        var today = db.Today;
        var reference = $"RS-{today:yyyyMMdd}-{Guid.CreateVersion7().ToString("N")[^6..].ToUpperInvariant()}";
        var narrative = $"Nightly re-screening found a {hit.Band} match on {hit.AuthorityName}'s register ({hit.AuthorityCode}): " +
                        $"{hit.Decision.ToLowerInvariant()} of {LondonTime.Format(hit.DecisionDate)}, reference {hit.Reference}. Matched on {string.Join(", ", hit.Reasons)}. " +
                        "A register entry alone is not a reason to act: ask the recording authority for the details behind it.";
        var concern = Concern.Record(new ConcernDraft(ConcernSource.OtherAuthority, ConcernCategory.Other, Grading.AwaitingOfficer, narrative, today, [],
            SourceDetail: $"{hit.AuthorityName} register (re-screening)", PersonId: person.Id), reference, "System (nightly re-screening)", today, db.UtcNow);
        db.Concerns.Add(concern);
        db.TeamTasks.Add(TeamTask.Raise(key, TeamTaskKind.RescreeningHit, $"Re-screening hit: {person.FullName} on {hit.AuthorityName}'s register", Roles.LicensingOfficer,
            concern.TriageDueOn, db.UtcNow, person.Id, $"Concern {reference} opened for triage.", $"/concerns/{concern.Id}"));
        return true;
    }
}
