using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Cases;
using Licensing.Domain.Committee;
using Licensing.Domain.Common;
using Licensing.Domain.Concerns;
using Licensing.Tests.Applications;
using Licensing.Domain.Notices;
using Licensing.Tests.Notices;
using Licensing.Tests.Cases;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
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
        Assert.Contains(committee, l => l.StartsWith("Intelligence graded with handling code C") && l.Contains("withheld from the applicant: CN-2026-0003"));
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

    private const string RestrictedReport = "Police intelligence report 77: handset download links him to a named exploitation suspect";

    /// <summary>A referred case with a hearing arranged, whose finding on allegation 1 relies on E2 (handling code C) and, unless <paramref name="onlyWithheld"/>, on E1 (handling code P).</summary>
    private async Task<Guid> ReferredCaseRelyingOnRestrictedEvidenceAsync(bool onlyWithheld = false)
    {
        var s = new ReviewScenario().WithRepresentations();
        var restricted = Concern.Record(new ConcernDraft(ConcernSource.Police, ConcernCategory.Safeguarding,
                new Grading(SourceGrade.Reliable, InformationGrade.KnownIndirectlyCorroborated, HandlingCode.ConditionsApply),
                RestrictedNarrative, ReviewScenario.Today, [], PersonId: s.Person.Id),
            "CN-2026-0002", "Olivia Officer", ReviewScenario.Today, DateTime.UtcNow);
        var e2 = s.Case.AddEvidence(EvidenceKind.PoliceInformation, RestrictedReport, "Eastbrook Police", restricted.Grading, ReviewScenario.Today, "Olivia Officer", ReviewScenario.Today);
        s.Case.RecordFinding(s.Case.Allegations[0].Id, true, "The sightings and the police report together make it more likely than not", onlyWithheld ? [e2.Id] : [s.Evidence!.Id, e2.Id], "Olivia Officer", ReviewScenario.Today, null);
        s.Case.Recommend(new CaseRecommendation("Not fit and proper", CaseOutcome.Revocation, "Risk to children", null, false, null), "Olivia Officer", ReviewScenario.Today);
        s.Case.ReferToSubCommittee("Contested facts", ReviewScenario.Today);
        await using (var db = database.NewContext())
        {
            db.People.Add(s.Person);
            db.Licences.Add(s.Licence);
            db.Concerns.AddRange(s.Concern, restricted);
            db.ReviewCases.Add(s.Case);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var review = await db.ReviewCases.WithParts().SingleAsync(c => c.Id == s.Case.Id);
            await Hearings.ArrangeAsync(db, review, ReviewScenario.Today, "10:00", "Committee Room 1", [("cllr-1", "Cllr Colin Chair"), ("cllr-2", "Cllr Carys Member"), ("cllr-3", "Cllr Cyril Member")]);
            await db.SaveChangesAsync();
        }
        return s.Case.Id;
    }

    [Fact]
    public async Task The_hearing_pack_served_on_the_licensee_never_carries_handling_code_C_intelligence_and_says_what_is_withheld()
    {
        var caseId = await ReferredCaseRelyingOnRestrictedEvidenceAsync();
        Guid packId;
        await using (var db = database.NewContext())
            packId = await db.Notices.Where(n => n.ReviewCaseId == caseId && n.Kind == NoticeKind.HearingPack).Select(n => n.Id).SingleAsync();

        var (_, pdf) = await NoticeFixtures.IssueAsync(database, packId);
        var text = NoticeFixtures.TextOf(pdf);

        Assert.DoesNotContain("handset", text);
        Assert.DoesNotContain("exploitation investigation", text);
        Assert.DoesNotContain("report 77", text);
        Assert.Contains("Police disclosure of three sightings", text); // handling code P is served
        Assert.Contains("withheld from the licensee: CN-2026-0002, E2", text);
        Assert.Contains("Allegation 1: the finding relies in part on E2", text);
    }

    [Fact]
    public async Task A_panel_allowed_to_read_handling_code_C_is_told_the_licensee_has_not_seen_it_and_the_decision_cannot_rest_on_it()
    {
        var caseId = await ReferredCaseRelyingOnRestrictedEvidenceAsync();
        await using var db = database.NewContext();
        var pack = await HearingPack.ComposeAsync(db, caseId, withholdRestricted: false);

        Assert.Contains(pack.SelectMany(s => s.Lines), l => l.Contains(RestrictedReport)); // this panel may read it...
        var withheld = Assert.Single(pack, s => s.Title == HearingPack.WithheldTitle).Lines;
        Assert.Contains(withheld, l => l.Contains("CN-2026-0002, E2") && l.Contains("decision must not rest on it"));
        Assert.Contains(withheld, l => l.StartsWith("Allegation 1: the finding relies in part on E2") && l.EndsWith("Decide it on E1 alone.")); // ...but not decide on it
    }

    [Fact]
    public async Task A_finding_resting_only_on_withheld_intelligence_is_flagged_as_unable_to_found_the_decision()
    {
        var caseId = await ReferredCaseRelyingOnRestrictedEvidenceAsync(onlyWithheld: true);
        await using var db = database.NewContext();
        var pack = await HearingPack.ComposeAsync(db, caseId, withholdRestricted: true);

        Assert.Contains(Assert.Single(pack, s => s.Title == HearingPack.WithheldTitle).Lines,
            l => l.StartsWith("Allegation 1: the finding rests only on E2") && l.Contains("cannot found the decision"));
    }

    [Fact]
    public async Task A_case_without_restricted_intelligence_has_no_withheld_section()
    {
        var s = new ReviewScenario().WithRecommendation();
        await using var db = database.NewContext();
        s.AddTo(db);
        await db.SaveChangesAsync();
        Assert.DoesNotContain(await HearingPack.ComposeAsync(db, s.Case.Id), p => p.Title == HearingPack.WithheldTitle);
    }

    [Fact]
    public async Task The_restricted_intelligence_an_officer_might_echo_is_the_C_graded_concerns_and_evidence_on_the_case()
    {
        var caseId = await ReferredCaseRelyingOnRestrictedEvidenceAsync();
        await using var db = database.NewContext();
        var review = await db.ReviewCases.WithParts().SingleAsync(c => c.Id == caseId);
        var sources = await RestrictedEchoes.OnCaseAsync(db, review);
        Assert.Equal(["CN-2026-0002", "E2"], sources.Select(x => x.Label).Order());
    }

    private static readonly RestrictedEchoes.Source[] Sources = [new("CN-2026-0002", RestrictedNarrative), new("E2", RestrictedReport)];

    [Theory]
    [InlineData("His PHONE number was found on a handset seized, in a child exploitation investigation.", "CN-2026-0002")]
    [InlineData("The download links him to a named exploitation suspect", "E2")]
    [InlineData("Carried two girls of about 14 after midnight without a booking record", null)]
    [InlineData("Police say a child exploitation case is open", null)] // a few shared words are not a quotation
    public void An_allegation_repeating_five_words_of_restricted_intelligence_is_noticed(string typed, string? echoed)
    {
        var found = RestrictedEchoes.Find(typed, Sources);
        if (echoed is null) Assert.Empty(found);
        else Assert.Equal([echoed], found);
    }

    [Fact]
    public void The_officer_is_warned_once_and_may_keep_the_same_words_on_purpose()
    {
        var warning = new RestrictedEchoes.Warning();
        const string typed = "Phone number found on a handset seized by police";
        var refused = Assert.Throws<DomainRuleException>(() => warning.Check(typed, Sources, "allegation", "AllegationText"));
        Assert.Equal("AllegationText", refused.Field);
        Assert.Contains("CN-2026-0002", refused.Message);
        warning.Check(typed, Sources, "allegation", "AllegationText"); // submitted again unchanged: the officer's choice
        Assert.Throws<DomainRuleException>(() => warning.Check(typed + " in March", Sources, "allegation", "AllegationText")); // new words, new warning
        warning.Check("Carried children without a booking record", Sources, "allegation", "AllegationText");
    }

    public void Dispose() => database.Dispose();
}
