using Licensing.Domain.Cases;
using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Cases;

public class ReviewStateMachineTests
{
    private static readonly DateOnly Today = ReviewScenario.Today;

    [Fact]
    public void A_case_moves_from_investigation_through_representations_and_findings_to_a_managers_revocation()
    {
        var s = new ReviewScenario().WithAllegation();
        Assert.Equal(CaseStage.Investigating, s.Case.Stage);
        s.Case.InviteRepresentations(Today, null, Today);
        Assert.Equal(CaseStage.RepresentationsInvited, s.Case.Stage);
        Assert.Equal(Today.AddDays(14), s.Case.RepresentationsDueOn);
        s.Case.RecordRepresentations(Today, "Denies it", Today);
        s.Case.RecordFinding(s.Case.Allegations[0].Id, true, "Corroborated sightings", [s.Evidence!.Id], "Olivia Officer", Today, null);
        Assert.Equal(CaseStage.FindingsRecorded, s.Case.Stage);
        s.Case.Recommend(new CaseRecommendation("Not fit and proper", CaseOutcome.Revocation, "Risk to children"), "Olivia Officer", Today);
        Assert.Equal(CaseStage.AwaitingDecision, s.Case.Stage);

        var decision = s.DecideAsManager();

        Assert.NotNull(decision);
        Assert.Equal(DecisionKind.Revocation, decision!.Kind);
        Assert.Equal(Decision.BalanceOfProbabilities, decision.StandardOfProof);
        Assert.Equal(GroundsCategory.Safeguarding, decision.Grounds);
        Assert.Equal(s.Case.Id, decision.ReviewCaseId);
        Assert.Equal(CaseStage.Decided, s.Case.Stage);
        Assert.Equal(decision.Id, s.Case.DecisionId);
    }

    [Fact]
    public void A_decision_without_findings_is_refused()
    {
        var s = new ReviewScenario().WithRepresentations();
        var error = Assert.Throws<DomainRuleException>(() => s.DecideAsManager());
        Assert.Contains("record findings on every allegation", error.Message);
        Assert.Null(s.Case.DecisionId);
    }

    [Fact]
    public void A_recommendation_without_findings_is_refused()
    {
        var s = new ReviewScenario().WithRepresentations();
        var error = Assert.Throws<DomainRuleException>(() => s.Case.Recommend(new CaseRecommendation("x", CaseOutcome.Revocation, "y"), "Olivia Officer", Today));
        Assert.Contains("Record a finding on every allegation", error.Message);
    }

    [Fact]
    public void A_finding_without_reasons_is_refused()
    {
        var s = new ReviewScenario().WithRepresentations();
        var error = Assert.Throws<DomainRuleException>(() => s.Case.RecordFinding(s.Case.Allegations[0].Id, true, "  ", [s.Evidence!.Id], "Olivia Officer", Today, null));
        Assert.Equal("FindingReasons", error.Field);
        Assert.Null(s.Case.Allegations[0].Proven);
    }

    [Fact]
    public void A_proven_finding_must_say_which_evidence_it_relies_on()
    {
        var s = new ReviewScenario().WithRepresentations();
        var error = Assert.Throws<DomainRuleException>(() => s.Case.RecordFinding(s.Case.Allegations[0].Id, true, "Believed the police", [], "Olivia Officer", Today, null));
        Assert.Equal("EvidenceReliedOn", error.Field);
    }

    [Fact]
    public void Findings_wait_for_the_representations_deadline_unless_the_licensee_has_replied()
    {
        var s = new ReviewScenario().WithAllegation();
        s.Case.InviteRepresentations(Today, null, Today);
        var error = Assert.Throws<DomainRuleException>(() => s.Case.RecordFinding(s.Case.Allegations[0].Id, false, "Not enough", [], "Olivia Officer", Today.AddDays(14), Today));
        Assert.Contains("has until", error.Message);
        s.Case.RecordFinding(s.Case.Allegations[0].Id, false, "Not enough", [], "Olivia Officer", Today.AddDays(15), Today);
        Assert.Equal(CaseStage.FindingsRecorded, s.Case.Stage);
    }

    [Fact]
    public void Findings_wait_for_the_invitation_to_be_served_whatever_the_deadline_says()
    {
        var s = new ReviewScenario().WithAllegation();
        s.Case.InviteRepresentations(Today, null, Today); // due in 14 days, counted from the day it was drafted
        var error = Assert.Throws<DomainRuleException>(() => s.Case.RecordFinding(s.Case.Allegations[0].Id, false, "Not enough", [], "Olivia Officer", Today.AddDays(30), null));
        Assert.Contains("has not been served", error.Message);
        Assert.False(s.Case.MayMakeFindings(Today.AddDays(30), null));
        // Served five days after it was drafted: the licensee keeps the whole 14 days from then.
        Assert.Equal(Today.AddDays(19), s.Case.RepresentationsDeadline(Today.AddDays(5)));
        error = Assert.Throws<DomainRuleException>(() => s.Case.RecordFinding(s.Case.Allegations[0].Id, false, "Not enough", [], "Olivia Officer", Today.AddDays(19), Today.AddDays(5)));
        Assert.Contains("served on", error.Message);
        s.Case.RecordFinding(s.Case.Allegations[0].Id, false, "Not enough", [], "Olivia Officer", Today.AddDays(20), Today.AddDays(5));
        Assert.Equal(CaseStage.FindingsRecorded, s.Case.Stage);
    }

    [Fact]
    public void A_reply_opens_findings_even_if_the_invitation_was_never_recorded_as_served()
    {
        var s = new ReviewScenario().WithAllegation();
        s.Case.InviteRepresentations(Today, null, Today);
        s.Case.RecordRepresentations(Today.AddDays(2), "Denies it", Today.AddDays(2));
        Assert.True(s.Case.MayMakeFindings(Today.AddDays(2), null));
    }

    [Fact]
    public void Findings_before_any_invitation_are_refused()
    {
        var s = new ReviewScenario().WithAllegation();
        var error = Assert.Throws<DomainRuleException>(() => s.Case.RecordFinding(s.Case.Allegations[0].Id, false, "Not enough", [], "Olivia Officer", Today, null));
        Assert.Contains("Invite the licensee's representations", error.Message);
    }

    [Fact]
    public void An_extension_moves_the_deadline_and_is_recorded()
    {
        var s = new ReviewScenario().WithAllegation();
        s.Case.InviteRepresentations(Today, null, Today);
        s.Case.ExtendRepresentations(Today.AddDays(21), "Solicitor instructed late", Today.AddDays(10));
        Assert.Equal(Today.AddDays(21), s.Case.RepresentationsDueOn);
        Assert.Single(s.Case.Extensions);
        Assert.Throws<DomainRuleException>(() => s.Case.ExtendRepresentations(Today.AddDays(20), "again", Today.AddDays(10)));
    }

    [Fact]
    public void Inviting_representations_needs_an_allegation()
    {
        var s = new ReviewScenario();
        var error = Assert.Throws<DomainRuleException>(() => s.Case.InviteRepresentations(Today, null, Today));
        Assert.Contains("must know the case against them", error.Message);
    }

    [Fact]
    public void Allegations_are_fixed_once_the_licensee_has_been_invited_to_respond()
    {
        var s = new ReviewScenario().WithAllegation();
        s.Case.InviteRepresentations(Today, null, Today);
        Assert.Throws<DomainRuleException>(() => s.Case.FrameAllegation("Something new", []));
    }

    [Fact]
    public void Immediate_effect_without_public_safety_reasons_is_refused()
    {
        var s = new ReviewScenario().WithRecommendation();
        var error = Assert.Throws<DomainRuleException>(() => s.Case.Decide(new CaseDecisionInput(CaseOutcome.Revocation, "Proven", ImmediateEffect: true),
            s.Licence, DecisionMaker.AuthorisedOfficer, ReviewScenario.ManagerId, "Maya Manager", Today, DateTime.UtcNow));
        Assert.Equal("PublicSafetyReasons", error.Field);
        Assert.Contains("s.61(2B)", error.Message);
    }

    [Fact]
    public void Immediate_effect_on_a_warning_is_refused()
    {
        var s = new ReviewScenario().WithRecommendation();
        Assert.Throws<DomainRuleException>(() => s.Case.Decide(new CaseDecisionInput(CaseOutcome.WarningLetter, "Proven", ImmediateEffect: true, PublicSafetyReasons: "x"),
            s.Licence, DecisionMaker.AuthorisedOfficer, ReviewScenario.ManagerId, "Maya Manager", Today, DateTime.UtcNow));
    }

    [Fact]
    public void The_investigating_officer_cannot_decide_their_own_case()
    {
        var s = new ReviewScenario().WithRecommendation();
        var error = Assert.Throws<DomainRuleException>(() => s.DecideAsManager(userId: ReviewScenario.OfficerId));
        Assert.Contains("investigating officer cannot decide", error.Message);
        Assert.Equal(CaseStage.AwaitingDecision, s.Case.Stage);
    }

    [Fact]
    public void A_case_referred_to_the_sub_committee_cannot_be_decided_under_delegation()
    {
        var s = new ReviewScenario().WithRecommendation();
        s.Case.ReferToSubCommittee("Contested facts and a long-serving driver", Today);
        var error = Assert.Throws<DomainRuleException>(() => s.DecideAsManager());
        Assert.Contains("only the sub-committee", error.Message);
    }

    [Fact]
    public void The_sub_committee_cannot_decide_a_case_that_was_not_referred()
    {
        var s = new ReviewScenario().WithRecommendation();
        Assert.Throws<DomainRuleException>(() => s.Case.Decide(new CaseDecisionInput(CaseOutcome.Revocation, "Proven"), s.Licence, DecisionMaker.SubCommittee, "cllr", "Sub-committee", Today, DateTime.UtcNow));
    }

    [Fact]
    public void A_case_is_decided_only_once()
    {
        var s = new ReviewScenario().WithRecommendation();
        s.DecideAsManager();
        var error = Assert.Throws<DomainRuleException>(() => s.DecideAsManager(userId: "manager-2"));
        Assert.Contains("already decided", error.Message);
    }

    [Fact]
    public void Revocation_needs_an_allegation_found_proven()
    {
        var s = new ReviewScenario().WithFindings(proven: false);
        var error = Assert.Throws<DomainRuleException>(() => s.Case.Recommend(new CaseRecommendation("Not proven", CaseOutcome.Revocation, "Risk"), "Olivia Officer", Today));
        Assert.Contains("at least one allegation found proven", error.Message);
    }

    [Fact]
    public void A_suspension_is_for_a_fixed_period()
    {
        var s = new ReviewScenario().WithFindings();
        var error = Assert.Throws<DomainRuleException>(() => s.Case.Recommend(new CaseRecommendation("c", CaseOutcome.Suspension, "r"), "Olivia Officer", Today));
        Assert.Equal("SuspensionLength", error.Field);
    }

    [Fact]
    public void A_suspension_pending_the_police_investigation_draws_the_Singh_warning()
    {
        var s = new ReviewScenario().WithFindings();
        var warnings = s.Case.Recommend(new CaseRecommendation("c", CaseOutcome.Suspension, "Suspended pending the outcome of the police investigation", new SuspensionPeriod(2, SuspensionUnit.Months)), "Olivia Officer", Today);
        Assert.Contains(warnings, w => w.Contains("R (Singh) v Cardiff"));
        Assert.Empty(ReviewCase.Warnings(CaseOutcome.Suspension, "Three proven incidents of overcharging; a month's suspension marks their seriousness"));
        Assert.Empty(ReviewCase.Warnings(CaseOutcome.Revocation, "pending trial"));
    }

    [Fact]
    public void Skipping_representations_needs_public_safety_reasons_and_then_an_immediate_effect_decision()
    {
        var s = new ReviewScenario().WithAllegation();
        Assert.Throws<DomainRuleException>(() => s.Case.SkipRepresentations(" ", Today));
        s.Case.SkipRepresentations("Charged with child sexual offences; he is driving school contracts this week", Today);
        s.Case.RecordFinding(s.Case.Allegations[0].Id, true, "Charge and police disclosure", [s.Evidence!.Id], "Olivia Officer", Today, null);
        var error = Assert.Throws<DomainRuleException>(() => s.Case.Recommend(new CaseRecommendation("c", CaseOutcome.Revocation, "r"), "Olivia Officer", Today));
        Assert.Contains("any other outcome needs their representations", error.Message);
        s.Case.Recommend(new CaseRecommendation("c", CaseOutcome.Revocation, "r", ImmediateEffect: true, PublicSafetyReasons: "Risk to children"), "Olivia Officer", Today);
        var decision = s.DecideAsManager(immediate: true);
        Assert.True(decision!.ImmediateEffect);
    }

    [Fact]
    public void A_warning_letter_closes_the_case_without_a_licence_decision()
    {
        var s = new ReviewScenario().WithRecommendation(CaseOutcome.WarningLetter);
        var decision = s.DecideAsManager(CaseOutcome.WarningLetter);
        Assert.Null(decision);
        Assert.Equal(CaseStage.Closed, s.Case.Stage);
        Assert.Equal(CaseOutcome.WarningLetter, s.Case.Outcome);
    }

    [Fact]
    public void An_appeal_needs_a_decided_suspension_or_revocation()
    {
        var s = new ReviewScenario().WithRecommendation();
        var other = Build.Adverse(s.Licence, s.Person, DecisionKind.Revocation);
        Assert.Throws<DomainRuleException>(() => s.Case.LodgeAppeal(other, Today, "Eastbrook Magistrates' Court", null, Today));
    }

    [Fact]
    public void A_further_concern_joins_the_review_only_if_it_is_about_the_same_licensee()
    {
        var s = new ReviewScenario(Domain.Concerns.ConcernCategory.Fares);
        var stranger = ReviewScenario.NewConcern(personId: Guid.NewGuid(), reference: "CN-2026-0009");
        Assert.Throws<DomainRuleException>(() => s.Case.AddConcern(stranger, "Olivia Officer", DateTime.UtcNow));
        var further = ReviewScenario.NewConcern(Domain.Concerns.ConcernCategory.Safeguarding, s.Person.Id, reference: "CN-2026-0010");
        s.Case.AddConcern(further, "Olivia Officer", DateTime.UtcNow);
        Assert.Equal(s.Case.Id, further.ReviewCaseId);
        Assert.Equal(Domain.Concerns.ConcernCategory.Safeguarding, s.Case.Category); // the case takes its most serious category
    }
    [Fact]
    public void A_case_decided_with_immediate_effect_stays_open_for_an_appeal_until_the_appeal_period_ends()
    {
        var s = new ReviewScenario().WithRecommendation(immediate: true);
        var decision = s.DecideAsManager(immediate: true)!;
        var refused = Assert.Throws<DomainRuleException>(() => s.Case.Close(decision, Today));
        Assert.Contains("has not been served", refused.Message);
        decision.NoticeServed(Today);
        decision.MarkTakenEffect(Today); // revoked the day it was handed over
        refused = Assert.Throws<DomainRuleException>(() => s.Case.Close(decision, Today.AddDays(20)));
        Assert.Contains("may appeal to the magistrates' court until the end of", refused.Message);
        Assert.Equal(CaseStage.Decided, s.Case.Stage);
        // Day 21 of the appeal period: the appeal can still be recorded, and the court's outcome after it.
        s.Case.LodgeAppeal(decision, Today.AddDays(20), "Eastbrook Magistrates' Court", null, Today.AddDays(20));
        Assert.Equal(CaseStage.AppealLodged, s.Case.Stage);
        Assert.Contains("under appeal", Assert.Throws<DomainRuleException>(() => s.Case.Close(decision, Today.AddDays(60))).Message);
    }

    [Fact]
    public void A_case_with_no_appeal_closes_once_the_appeal_period_has_ended()
    {
        var s = new ReviewScenario().WithRecommendation(immediate: true);
        var decision = s.DecideAsManager(immediate: true)!;
        decision.NoticeServed(Today);
        decision.MarkTakenEffect(Today);
        Assert.Null(s.Case.CloseRefusedBecause(decision, Today.AddDays(21)));
        s.Case.Close(decision, Today.AddDays(21));
        Assert.Equal((CaseStage.Closed, Today.AddDays(21)), (s.Case.Stage, s.Case.ClosedOn!.Value));
    }
    [Fact]
    public void An_appeal_lodged_in_time_but_recorded_after_the_decision_took_effect_is_recorded_and_flagged()
    {
        var s = new ReviewScenario().WithRecommendation();
        var decision = s.DecideAsManager()!;
        decision.NoticeServed(Today);
        decision.MarkTakenEffect(Today.AddDays(21)); // the nightly run, not knowing of the appeal
        s.Case.LodgeAppeal(decision, Today.AddDays(20), "Eastbrook Magistrates' Court", null, Today.AddDays(25));
        Assert.Equal(CaseStage.AppealLodged, s.Case.Stage);
        Assert.True(s.Case.TookEffectDespiteAppealInTime(decision));
    }
}
