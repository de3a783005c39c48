using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Licensees;
using Licensing.Domain.Register;
using Licensing.Jobs.Partners;
using Licensing.Web.Features.Applications;

namespace Licensing.Tests.Applications;

public class RegisterCheckSearchTests
{
    private static readonly AuthorityOptions Authority = new() { Name = "Eastbrook Borough Council", Code = "E07000901", Email = "licensing@eastbrook.example" };

    [Fact]
    public void A_partner_that_did_not_answer_is_recorded_as_not_answered_and_every_hit_says_whom_to_ask()
    {
        var result = new FederatedResult(Guid.NewGuid(),
            [new RegisterMatch(Guid.NewGuid(), "E07000901-R1", "E07000901", "Eastbrook Borough Council", RegisterDecision.Refusal, new DateOnly(2024, 1, 2), LicenceType.PrivateHireDriver, MatchBand.Exact, 1, ["licence number", "date of birth"])],
            [
                new PartnerOutcome("E07000902", "Westshire", PartnerAnswer.TimedOut, [], null),
                new PartnerOutcome("E07000903", "Northvale", PartnerAnswer.Answered, [new PartnerHit("NV-9", "E07000903", "Northvale", "revocation", new DateOnly(2023, 5, 1), "private-hire-driver", "strong", 0.8, ["surname"])], null),
            ]);

        var mapped = RegisterCheckSearch.From(result, Authority);

        Assert.Equal([SourceOutcome.Answered, SourceOutcome.TimedOut, SourceOutcome.Answered], mapped.Sources.Select(s => s.Outcome));
        Assert.Equal(["E07000901-R1", "NV-9"], mapped.Matches.Select(m => m.RegisterReference));
        Assert.Equal(MatchBand.Strong, mapped.Matches[1].Band);
        Assert.Contains("own decision", mapped.Matches[0].Contact);

        var app = ApplicationBuild.New(Infrastructure.Build.Person());
        app.StartChecks(DateTime.UtcNow);
        var check = app.RecordRegisterCheck("x", mapped, ApplicationBuild.Officer, DateTime.UtcNow, Infrastructure.Build.Today);
        Assert.False(check.EverySourceAnswered);
        Assert.Equal(2, check.Hits.Count);
        Assert.All(check.Hits, h => Assert.True(h.IsOpen));
    }
}
