using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Licensing.Domain.Licensees;
using Licensing.Domain.Policy;
using Licensing.Domain.Register;
using Licensing.Tests.Infrastructure;
using static Licensing.Tests.Applications.ApplicationBuild;

namespace Licensing.Tests.Applications;

public class ApplicationStatusTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);
    private readonly Person person = Build.Person();

    private static readonly (ApplicationStatus From, ApplicationStatus To)[] Lawful =
    [
        (ApplicationStatus.Received, ApplicationStatus.ChecksInProgress),
        (ApplicationStatus.ChecksInProgress, ApplicationStatus.ReadyForAssessment),
        (ApplicationStatus.ReadyForAssessment, ApplicationStatus.ChecksInProgress),
        (ApplicationStatus.Assessed, ApplicationStatus.ChecksInProgress),
        (ApplicationStatus.ReadyForAssessment, ApplicationStatus.Assessed),
        (ApplicationStatus.Assessed, ApplicationStatus.Assessed),
        (ApplicationStatus.Assessed, ApplicationStatus.Granted),
        (ApplicationStatus.Assessed, ApplicationStatus.Refused),
        (ApplicationStatus.Assessed, ApplicationStatus.ReferredToSubCommittee),
        (ApplicationStatus.ReferredToSubCommittee, ApplicationStatus.Granted),
        (ApplicationStatus.ReferredToSubCommittee, ApplicationStatus.Refused),
        (ApplicationStatus.Received, ApplicationStatus.Withdrawn),
        (ApplicationStatus.ChecksInProgress, ApplicationStatus.Withdrawn),
        (ApplicationStatus.ReadyForAssessment, ApplicationStatus.Withdrawn),
        (ApplicationStatus.Assessed, ApplicationStatus.Withdrawn),
        (ApplicationStatus.ReferredToSubCommittee, ApplicationStatus.Withdrawn),
    ];

    public static TheoryData<ApplicationStatus, ApplicationStatus, bool> EveryPair()
    {
        var data = new TheoryData<ApplicationStatus, ApplicationStatus, bool>();
        foreach (var from in Enum.GetValues<ApplicationStatus>())
            foreach (var to in Enum.GetValues<ApplicationStatus>())
                data.Add(from, to, Lawful.Contains((from, to)));
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void The_transition_table_allows_exactly_the_lawful_moves(ApplicationStatus from, ApplicationStatus to, bool allowed) =>
        Assert.Equal(allowed, LicenceApplication.CanMove(from, to));

    [Fact]
    public void An_application_moves_from_receipt_through_checks_to_assessment()
    {
        var app = New(person);
        Assert.Equal(ApplicationStatus.Received, app.Status);
        app.StartChecks(Now);
        Assert.Equal(ApplicationStatus.ChecksInProgress, app.Status);
        RecordAllChecks(app, Build.Today);
        app.MarkReadyForAssessment(Now);
        Assert.Equal(ApplicationStatus.ReadyForAssessment, app.Status);
        app.RecordAssessment("Fit and proper", Recommendation.Grant, null, null, app.Suitability(Iol2018, Build.Today), Officer, Now);
        Assert.Equal(ApplicationStatus.Assessed, app.Status);
        Assert.Equal("2018-IoL-1", app.AssessedPolicyLabel);
    }

    [Fact]
    public void Checks_cannot_start_twice()
    {
        var app = New(person);
        app.StartChecks(Now);
        var ex = Assert.Throws<DomainRuleException>(() => app.StartChecks(Now));
        Assert.Equal("An application that is checks in progress cannot become checks in progress", ex.Message);
    }

    [Fact]
    public void An_application_is_not_ready_for_assessment_before_the_register_is_searched()
    {
        var app = New(person);
        Assert.Throws<DomainRuleException>(() => app.MarkReadyForAssessment(Now));
        app.StartChecks(Now);
        var ex = Assert.Throws<DomainRuleException>(() => app.MarkReadyForAssessment(Now));
        Assert.Contains("Search the register", ex.Message);
    }

    [Fact]
    public void A_received_application_cannot_be_assessed_or_reopened()
    {
        var app = New(person);
        Assert.Throws<DomainRuleException>(() => app.RecordAssessment("x", Recommendation.Grant, null, null, app.Suitability(Iol2018, Build.Today), Officer, Now));
        Assert.Throws<DomainRuleException>(() => app.ReopenChecks(Now));
    }

    [Fact]
    public void Reopening_the_checks_clears_the_recommendation_and_accepts_records_again()
    {
        var app = Assessed(person, Build.Today);
        var ex = Assert.Throws<DomainRuleException>(() => app.RecordCheck(new CheckDetails(CheckKind.RightToWork, "X", Build.Today, CheckOutcome.Satisfactory), Officer, Now, Build.Today));
        Assert.Contains("reopen the checks", ex.Message);
        app.ReopenChecks(Now);
        Assert.Equal(ApplicationStatus.ChecksInProgress, app.Status);
        Assert.Null(app.Recommendation);
        app.RecordCheck(new CheckDetails(CheckKind.RightToWork, "X", Build.Today, CheckOutcome.Satisfactory), Officer, Now, Build.Today);
    }

    [Fact]
    public void Withdrawal_needs_a_note_and_closes_the_application()
    {
        var app = New(person);
        Assert.Equal("WithdrawalReason", Assert.Throws<DomainRuleException>(() => app.Withdraw(" ", Now)).Field);
        app.Withdraw("Letter of 10 June", Now);
        Assert.Equal(ApplicationStatus.Withdrawn, app.Status);
        Assert.Throws<DomainRuleException>(() => app.Withdraw("again", Now));
        Assert.Throws<DomainRuleException>(() => app.StartChecks(Now));
        Assert.Throws<DomainRuleException>(() => app.RecordOffence(new OffenceDetails(OffenceKind.Complaint, "x", null, null, null), Iol2018, Officer, Now, Build.Today));
    }

    [Fact]
    public void Recommending_a_grant_against_the_policy_needs_written_reasons()
    {
        var app = New(person);
        app.StartChecks(Now);
        RecordAllChecks(app, Build.Today);
        app.RecordOffence(new OffenceDetails(OffenceKind.Conviction, "Theft", "dishonesty", new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1)), Iol2018, Officer, Now, Build.Today);
        app.MarkReadyForAssessment(Now);
        var ex = Assert.Throws<DomainRuleException>(() => app.RecordAssessment("ok", Recommendation.Grant, null, null, app.Suitability(Iol2018, Build.Today), Officer, Now));
        Assert.Equal("DepartureReasons", ex.Field);
        Assert.Contains("Refuse until 1 February 2031", ex.Message);
        app.RecordAssessment("ok", Recommendation.Refuse, null, null, app.Suitability(Iol2018, Build.Today), Officer, Now);
        Assert.Equal(Recommendation.Refuse, app.Recommendation);
    }

    [Fact]
    public void A_grant_with_conditions_lists_them()
    {
        var app = ReadyForAssessment(person, Build.Today);
        Assert.Equal("Conditions", Assert.Throws<DomainRuleException>(() => app.RecordAssessment("ok", Recommendation.GrantWithConditions, "", null, app.Suitability(Iol2018, Build.Today), Officer, Now)).Field);
    }

    [Theory]
    [InlineData("2024-01-10", "2024-01-01", null, "ConvictedOn")]
    [InlineData("2024-01-01", "2024-01-10", "2024-01-05", "SentenceEndsOn")]
    [InlineData("2027-01-01", null, null, "OffenceOn")]
    public void Offence_dates_out_of_order_are_field_errors(string offence, string? convicted, string? sentenceEnds, string field)
    {
        var app = New(person);
        var ex = Assert.Throws<DomainRuleException>(() => app.RecordOffence(new OffenceDetails(OffenceKind.Arrest, "Assault", null,
            DateOnly.Parse(offence), convicted is null ? null : DateOnly.Parse(convicted), SentenceEndsOn: sentenceEnds is null ? null : DateOnly.Parse(sentenceEnds)), Iol2018, Officer, Now, Build.Today));
        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void A_conviction_needs_a_known_policy_category()
    {
        var app = New(person);
        Assert.Equal("CategoryCode", Assert.Throws<DomainRuleException>(() => app.RecordOffence(new OffenceDetails(OffenceKind.Conviction, "x", null, null, new DateOnly(2020, 1, 1)), Iol2018, Officer, Now, Build.Today)).Field);
        var ex = Assert.Throws<DomainRuleException>(() => app.RecordOffence(new OffenceDetails(OffenceKind.Conviction, "x", "jaywalking", null, new DateOnly(2020, 1, 1)), Iol2018, Officer, Now, Build.Today));
        Assert.Equal("CategoryCode", ex.Field);
        Assert.Contains("not an offence category", ex.Message);
    }

    [Fact]
    public void Checks_show_missing_failed_expired_and_in_order()
    {
        var app = New(person);
        var states = app.CheckStates(Options, Build.Today);
        Assert.All(states, s => Assert.Equal(CheckStatus.Missing, s.Status));

        app.RecordCheck(new CheckDetails(CheckKind.EnhancedDbs, "001234567890", Build.Today, CheckOutcome.Satisfactory, IssuedOn: Build.Today.AddMonths(-7), BarredListsChecked: true, DisclosedInformation: false), Officer, Now, Build.Today);
        app.RecordCheck(new CheckDetails(CheckKind.Group2Medical, "GP letter", Build.Today, CheckOutcome.Unsatisfactory, IssuedOn: Build.Today, Notes: "Insulin-treated diabetes not assessed"), Officer, Now, Build.Today);
        app.RecordCheck(new CheckDetails(CheckKind.RightToWork, "W12345678", Build.Today, CheckOutcome.Satisfactory), Officer, Now, Build.Today);
        states = app.CheckStates(Options, Build.Today);
        Assert.Equal(CheckStatus.Expired, states.Single(s => s.Kind == CheckKind.EnhancedDbs).Status);
        Assert.Equal(CheckStatus.Failed, states.Single(s => s.Kind == CheckKind.Group2Medical).Status);
        Assert.Equal(CheckStatus.InOrder, states.Single(s => s.Kind == CheckKind.RightToWork).Status);
    }

    [Fact]
    public void A_dbs_without_both_barred_lists_or_a_short_driving_history_cannot_be_satisfactory()
    {
        var app = New(person);
        Assert.Equal("BarredListsChecked", Assert.Throws<DomainRuleException>(() => app.RecordCheck(new CheckDetails(CheckKind.EnhancedDbs, "1", Build.Today, CheckOutcome.Satisfactory, IssuedOn: Build.Today, BarredListsChecked: false, DisclosedInformation: false), Officer, Now, Build.Today)).Field);
        Assert.Equal("LicenceHeldSince", Assert.Throws<DomainRuleException>(() => app.RecordCheck(new CheckDetails(CheckKind.DvlaLicence, "1", Build.Today, CheckOutcome.Satisfactory, LicenceHeldSince: Build.Today.AddMonths(-11), Points: 0), Officer, Now, Build.Today)).Field);
    }

    [Fact]
    public void A_renewal_must_name_the_applicants_own_licence_of_the_same_type()
    {
        var licence = Build.DriverLicence(person);
        var other = Build.Person("John", "Smith");
        Assert.Throws<DomainRuleException>(() => LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.Renewal, LicenceType.PrivateHireDriver, Build.Today), person, null, "R", Officer, Now, Build.Today));
        Assert.Throws<DomainRuleException>(() => LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.Renewal, LicenceType.PrivateHireDriver, Build.Today), other, licence, "R", Officer, Now, Build.Today));
        Assert.Throws<DomainRuleException>(() => LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.Renewal, LicenceType.HackneyCarriageDriver, Build.Today), person, licence, "R", Officer, Now, Build.Today));
        var renewal = LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.Renewal, LicenceType.PrivateHireDriver, Build.Today), person, licence, "R", Officer, Now, Build.Today);
        Assert.Equal(licence.Id, renewal.RenewsLicenceId);
        Assert.Contains(CheckKind.HmrcTaxCheck, Options.Required(renewal.LicenceType, renewal.Kind));
        Assert.DoesNotContain(CheckKind.HmrcTaxCheck, Options.Required(renewal.LicenceType, ApplicationKind.New));
    }

    [Fact]
    public void A_register_hit_keeps_the_check_open_until_the_reply_is_recorded()
    {
        var app = New(person);
        app.StartChecks(Now);
        var check = app.RecordRegisterCheck("Sarah Morgan", new RegisterSearchResult("S", [new("E1", "Here", SourceOutcome.Answered), new("E2", "Westshire", SourceOutcome.TimedOut)],
            [new("WS-1", "E2", "Westshire", "revocation", new DateOnly(2022, 1, 1), "private-hire-driver", MatchBand.Strong, 0.9, ["date of birth"])]), Officer, Now, Build.Today);
        var state = app.CheckStates(Options, Build.Today).Single(s => s.Kind == CheckKind.RegisterSearch);
        Assert.Equal(CheckStatus.Failed, state.Status);
        Assert.Contains("Westshire did not answer", state.Problem);

        app.RecordRegisterCheck("Sarah Morgan", new RegisterSearchResult("S2", [new("E1", "Here", SourceOutcome.Answered)],
            [new("WS-1", "E2", "Westshire", "revocation", new DateOnly(2022, 1, 1), "private-hire-driver", MatchBand.Strong, 0.9, ["date of birth"])]), Officer, Now.AddMinutes(1), Build.Today);
        state = app.CheckStates(Options, Build.Today).Single(s => s.Kind == CheckKind.RegisterSearch);
        Assert.Contains("record the reply from Westshire", state.Problem);
        var hit = app.RegisterChecks.Last().Hits.Single();
        hit.RequestDetails(Officer, Now, "Emailed their licensing team");
        hit.RecordReply(Build.Today, "Revoked for dishonesty (fare overcharging); not safeguarding", Officer, Build.Today);
        Assert.Equal(CheckStatus.InOrder, app.CheckStates(Options, Build.Today).Single(s => s.Kind == CheckKind.RegisterSearch).Status);
        Assert.Equal(2, check.Sources.Count);
    }
}
