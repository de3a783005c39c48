using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Licensees;
using Licensing.Domain.Register;
using Licensing.Jobs.Partners;

namespace Licensing.Web.Features.Applications;

/// <summary>
/// The application's register check (2022 Act s.3): the federated search of this register and every
/// connected partner's, turned into what the application records — each source's answer and each hit
/// with whom to ask. A partner that failed or timed out stays "not answered", never "no match".
/// </summary>
public static class RegisterCheckSearch
{
    public static async Task<RegisterSearchResult> RunAsync(FederatedSearch search, LicenceApplication app, Person applicant, AuthorityOptions authority, CancellationToken ct = default)
    {
        var query = new RegisterQuery(applicant.Surname, applicant.Forenames, applicant.PreviousSurnames, applicant.DateOfBirth, applicant.DrivingLicenceNumber,
            app.Kind == ApplicationKind.Renewal ? SearchPurpose.Renewal : SearchPurpose.NewApplication, app.Reference);
        var result = await search.SearchAsync(query, query.Purpose, ct);
        return From(result, authority);
    }

    public static RegisterSearchResult From(FederatedResult result, AuthorityOptions authority)
    {
        var sources = new List<RegisterSourceResult> { new(authority.Code, $"{authority.Name} register (ours, with imported NR3S entries)", SourceOutcome.Answered) };
        sources.AddRange(result.Partners.Select(p => new RegisterSourceResult(p.AuthorityCode, p.AuthorityName,
            p.Answer switch { PartnerAnswer.Answered => SourceOutcome.Answered, PartnerAnswer.TimedOut => SourceOutcome.TimedOut, _ => SourceOutcome.Failed }, p.Problem)));
        var matches = result.Local.Select(m => new RegisterCheckMatch(m.RegisterReference, m.AuthorityCode, m.AuthorityName, RegisterWire.Name(m.Decision), m.DecisionDate,
                m.LicenceType.Describe(), m.Band, m.Score, m.Reasons,
                m.AuthorityCode == authority.Code ? $"this authority's own decision: see the decision on file ({authority.Email})" : null))
            .Concat(result.Partners.SelectMany(p => p.Matches).Select(h => new RegisterCheckMatch(h.RegisterReference, h.AuthorityCode, h.AuthorityName, h.Decision, h.DecisionDate,
                h.LicenceType, Enum.TryParse<MatchBand>(h.Band, ignoreCase: true, out var band) ? band : MatchBand.Possible, h.Score, h.Reasons,
                "ask for the details through the partner API or their licensing team")))
            .OrderBy(m => m.Band).ThenByDescending(m => m.Score).ToList();
        return new RegisterSearchResult(result.SearchId.ToString(), sources, matches);
    }
}
