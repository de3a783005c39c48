using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Web.Features.Applications;

/// <summary>
/// The register search an application's check runs. A seam only until the register feature's
/// FederatedSearch (own register + partners) reaches main; then that replaces <see cref="LocalRegisterSearch"/>.
/// </summary>
public interface IApplicantRegisterSearch
{
    Task<RegisterSearchResult> SearchAsync(Person applicant, string purpose, CancellationToken ct = default);
}

/// <summary>
/// Interim search of this authority's own refusals, suspensions and revocations (the records the
/// register will be built from), banded as DESIGN.md sets out: exact = same licence number and date
/// of birth; strong = same surname (current or previous) and date of birth; possible = same date of
/// birth and first initial. Partners are not searched by this interim search, and the page says so.
/// </summary>
public sealed class LocalRegisterSearch(IDbContextFactory<LicensingDbContext> factory, IOptions<AuthorityOptions> authority) : IApplicantRegisterSearch
{
    public async Task<RegisterSearchResult> SearchAsync(Person applicant, string purpose, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var adverse = new[] { DecisionKind.Refusal, DecisionKind.RefusalToRenew, DecisionKind.Suspension, DecisionKind.Revocation };
        var candidates = await db.Decisions.Where(d => adverse.Contains(d.Kind))
            .Join(db.People.Where(p => p.DateOfBirth == applicant.DateOfBirth), d => d.PersonId, p => p.Id, (d, p) => new { d, p })
            .ToListAsync(ct);
        var surnames = applicant.SearchAllSurnames.Split('|');
        var matches = new List<RegisterMatch>();
        foreach (var c in candidates)
        {
            var reasons = new List<string> { "date of birth" };
            MatchBand? band = null;
            if (c.p.DrivingLicenceNumber is { } n && n == applicant.DrivingLicenceNumber) { band = MatchBand.Exact; reasons.Insert(0, "licence number"); }
            else if (c.p.SearchAllSurnames.Split('|').Intersect(surnames).Any()) { band = MatchBand.Strong; reasons.Add("surname"); }
            else if (c.p.SearchForenames.FirstOrDefault() == applicant.SearchForenames.FirstOrDefault()) { band = MatchBand.Possible; reasons.Add("first initial"); }
            if (band is null) continue;
            matches.Add(new RegisterMatch($"{authority.Value.Code}-{c.d.Id:N}"[..20], authority.Value.Code, authority.Value.Name, c.d.Kind.ToString().ToLowerInvariant(),
                c.d.DecidedOn, c.d.LicenceType.Describe(), band.Value, band == MatchBand.Exact ? 1 : band == MatchBand.Strong ? 0.85 : 0.5, reasons,
                $"{authority.Value.Email} (this authority's own records: see the decision on the person's file)"));
        }
        return new RegisterSearchResult($"local-{Guid.CreateVersion7():N}"[..20],
            [new RegisterSourceResult(authority.Value.Code, $"{authority.Value.Name} (this authority)", SourceOutcome.Answered)],
            matches.OrderBy(m => m.Band).ToList());
    }
}
