using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Cases;
using Licensing.Domain.Committee;
using Licensing.Domain.Concerns;
using Licensing.Tests.Applications;
using Licensing.Tests.Cases;
using Licensing.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Licensing.Tests.Security;

/// <summary>Intelligence graded with handling code C is withheld, with a note, from the roles the authority names.</summary>
public class NeedToKnowTests : IDisposable
{
    private const string RestrictedNarrative = "Phone number found on a handset seized in a child exploitation investigation";
    private readonly TestDatabase database = new();

    private async Task<Guid> CaseWithRestrictedIntelligenceAsync()
    {
        var s = new ReviewScenario().WithRecommendation();
        var restricted = Concern.Record(new ConcernDraft(ConcernSource.Police, ConcernCategory.Safeguarding,
                new Grading(SourceGrade.Reliable, InformationGrade.KnownIndirectlyCorroborated, HandlingCode.ConditionsApply),
                RestrictedNarrative, ReviewScenario.Today, [], PersonId: s.Person.Id),
            "CN-2026-0002", "Olivia Officer", ReviewScenario.Today, DateTime.UtcNow);
        s.Case.AddEvidence(EvidenceKind.PoliceInformation, "Police intelligence report 77", "Eastbrook Police", restricted.Grading, ReviewScenario.Today, "Olivia Officer", ReviewScenario.Today);
        await using var db = database.NewContext();
        db.People.Add(s.Person);
        db.Licences.Add(s.Licence);
        db.Concerns.AddRange(s.Concern, restricted);
        db.ReviewCases.Add(s.Case);
        await db.SaveChangesAsync();
        return s.Case.Id;
    }

    [Fact]
    public async Task A_committee_members_hearing_pack_withholds_handling_code_C_intelligence_with_a_note()
    {
        var caseId = await CaseWithRestrictedIntelligenceAsync();
        var withheld = new RestrictedIntelligence().WithheldFrom([Roles.CommitteeMember]);
        await using var db = database.NewContext();
        var lines = (await HearingPack.ComposeAsync(db, caseId, withholdRestricted: withheld)).SelectMany(s => s.Lines).ToList();

        Assert.True(withheld);
        Assert.DoesNotContain(lines, l => l.Contains(RestrictedNarrative) || l.Contains("intelligence report 77"));
        Assert.Contains(lines, l => l.EndsWith("CN-2026-0002: " + RestrictedIntelligence.WithheldNote));
        Assert.Contains(lines, l => l.Equals("E2: " + RestrictedIntelligence.WithheldNote));
        Assert.Contains(lines, l => l.Contains("CN-2026-0001") && !l.Contains(RestrictedIntelligence.WithheldNote)); // handling code P is shown
    }

    [Fact]
    public async Task The_licensing_team_sees_handling_code_C_intelligence_in_full()
    {
        var caseId = await CaseWithRestrictedIntelligenceAsync();
        var withheld = new RestrictedIntelligence().WithheldFrom([Roles.LicensingManager, Roles.CommitteeMember]);
        await using var db = database.NewContext();
        var lines = (await HearingPack.ComposeAsync(db, caseId, withholdRestricted: withheld)).SelectMany(s => s.Lines).ToList();

        Assert.False(withheld);
        Assert.Contains(lines, l => l.Contains(RestrictedNarrative));
        Assert.DoesNotContain(lines, l => l.Contains(RestrictedIntelligence.WithheldNote));
    }

    [Fact]
    public async Task An_application_hearing_pack_withholds_handling_code_C_intelligence_about_the_applicant_with_a_note()
    {
        await using var db = database.NewContext(ApplicationBuild.Manager);
        var person = Build.Person();
        var app = ApplicationBuild.Assessed(person, db.Today, Recommendation.ReferToSubCommittee);
        var restricted = Concern.Record(new ConcernDraft(ConcernSource.Police, ConcernCategory.Safeguarding,
                new Grading(SourceGrade.Reliable, InformationGrade.KnownIndirectlyCorroborated, HandlingCode.ConditionsApply),
                RestrictedNarrative, ReviewScenario.Today, [], PersonId: person.Id),
            "CN-2026-0003", "Olivia Officer", ReviewScenario.Today, DateTime.UtcNow);
        db.People.Add(person);
        db.Applications.Add(app);
        db.Concerns.Add(restricted);
        await db.SaveChangesAsync();

        var committee = (await HearingPack.ComposeForApplicationAsync(db, app, ApplicationBuild.Options, withholdRestricted: true)).SelectMany(s => s.Lines).ToList();
        Assert.DoesNotContain(committee, l => l.Contains(RestrictedNarrative));
        Assert.Contains(committee, l => l.EndsWith("CN-2026-0003: " + RestrictedIntelligence.WithheldNote));
        var team = (await HearingPack.ComposeForApplicationAsync(db, app, ApplicationBuild.Options, withholdRestricted: false)).SelectMany(s => s.Lines).ToList();
        Assert.Contains(team, l => l.Contains(RestrictedNarrative));
    }

    [Fact]
    public void The_authority_chooses_which_roles_are_kept_from_handling_code_C()
    {
        Assert.True(new RestrictedIntelligence().WithheldFrom([Roles.PartnerSearcher]));
        Assert.True(new RestrictedIntelligence().WithheldFrom([]));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Intelligence:HandlingCodeCHiddenFrom:0"] = Roles.PartnerSearcher,
        }).Build();
        var configured = new ServiceCollection().AddOptions<RestrictedIntelligence>().Bind(configuration.GetSection(RestrictedIntelligence.Section)).Services
            .BuildServiceProvider().GetRequiredService<IOptions<RestrictedIntelligence>>().Value;
        Assert.False(configured.WithheldFrom([Roles.CommitteeMember]));
        Assert.True(configured.WithheldFrom([Roles.PartnerSearcher]));
    }

    public void Dispose() => database.Dispose();
}
