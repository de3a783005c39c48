using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Partners;
using Licensing.Domain.Register;
using Licensing.Jobs.Partners;
using Licensing.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Tests.Partners;

/// <summary>
/// Two instances of the product, each with its own database: A revokes a driver; the driver applies
/// to B; B's application check finds A's entry through A's real API; with A down, B says A did not
/// answer — never "no match".
/// </summary>
public class TwoAuthorityTests
{
    private static Dictionary<string, string?> Settings(string name, string code) => new()
    {
        ["Authority:Name"] = name,
        ["Authority:Code"] = code,
        ["Partners:AttemptTimeoutSeconds"] = "1",
        ["Partners:TotalTimeoutSeconds"] = "4",
    };

    [Fact]
    public async Task B_finds_As_revocation_through_As_API_and_says_A_did_not_answer_when_A_is_down()
    {
        var a = PartnerHost.StartWithoutDemo(Settings("Authority A", "E07000101"));
        using var b = PartnerHost.StartWithoutDemo(Settings("Authority B", "E07000102"));
        string reference;
        try
        {
            // A revokes a driver.
            reference = await a.InAppAsync(async db =>
            {
                var person = Person.Create(new PersonDetails("Kamran Ali", "Qureshi", [], new DateOnly(1979, 11, 23), "QURES711239KA9XY", null,
                    new Address("4 Mill Lane", null, "Westbridge", "WB1 1AA"), null, null, null), db.Today);
                var grant = Decision.Record(new DecisionDraft(person.Id, DecisionKind.Grant, LicenceType.PrivateHireDriver, DecisionMaker.AuthorisedOfficer,
                    "Maya Manager", "Fit and proper", db.Today.AddYears(-2)), db.UtcNow);
                var licence = DriverLicence.Grant(grant, person.Id, LicenceType.PrivateHireDriver, "A-PHD-1", "A-1", db.Today.AddYears(-2), db.Today.AddYears(1));
                db.People.Add(person);
                db.Decisions.Add(grant);
                db.Licences.Add(licence);
                var revocation = Decision.Record(new DecisionDraft(person.Id, DecisionKind.Revocation, LicenceType.PrivateHireDriver, DecisionMaker.SubCommittee,
                    "Licensing sub-committee", "Found on the balance of probabilities to have sent sexual messages to a passenger", db.Today,
                    GroundsCategory.SexualMisconduct, licence.Id, ImmediateEffect: true, PublicSafetyReasons: "Risk to passengers"), db.UtcNow);
                DecisionConsequences.Follow(db, revocation, person, new AuthorityOptions { Name = "Authority A", Code = "E07000101" });
                await db.SaveChangesAsync();
                return RegisterEntry.ReferenceFor("E07000101", revocation);
            });

            // A issued B a key; B's administrator connects to A with it.
            var key = await a.IssueKeyAsync("E07000102", "Authority B", 100, ApiScopes.RegisterSearch);
            await b.InAppAsync(async db =>
            {
                var partner = PartnerAuthority.Create("Authority A", "E07000101", null);
                partner.ConnectTo(a.BaseUrl, b.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(FederatedSearch.KeyPurpose).Protect(key));
                db.PartnerAuthorities.Add(partner);
                return await db.SaveChangesAsync();
            });

            // The driver applies to B under a variant spelling, without a licence number: B's check finds A's entry.
            var found = await CheckAsync(b);
            var outcome = Assert.Single(found.Partners, p => p.AuthorityCode == "E07000101");
            Assert.Equal(PartnerAnswer.Answered, outcome.Answer);
            var hit = Assert.Single(outcome.Matches, m => m.RegisterReference == reference);
            Assert.Equal(("revocation", "E07000101", "Authority A", "strong"), (hit.Decision, hit.AuthorityCode, hit.AuthorityName, hit.Band));
            Assert.True(found.Complete);
            // A recorded B's search with its purpose.
            Assert.True(await a.InAppAsync(db => Task.FromResult(db.RegisterSearches.Any(s => s.PartnerAuthorityCode == "E07000102" && s.Purpose == SearchPurpose.NewApplication))));
        }
        finally
        {
            a.Dispose();
        }

        // A is down.
        var unanswered = await CheckAsync(b);
        var down = Assert.Single(unanswered.Partners, p => p.AuthorityCode == "E07000101");
        Assert.NotEqual(PartnerAnswer.Answered, down.Answer);
        Assert.Empty(down.Matches);
        Assert.StartsWith("Authority A: not answered", down.Describe());
        Assert.DoesNotContain("no match", down.Describe());
        Assert.False(unanswered.Complete);
    }

    private static async Task<FederatedResult> CheckAsync(AppHost b)
    {
        using var system = SystemWork.As(Actor.System("application check"));
        using var scope = b.Services.CreateScope();
        var search = scope.ServiceProvider.GetRequiredService<FederatedSearch>();
        return await search.SearchAsync(new RegisterQuery("Qureshi", "Kamran", [], new DateOnly(1979, 11, 23), null, SearchPurpose.NewApplication, "B-APP-1"),
            SearchPurpose.NewApplication);
    }
}
