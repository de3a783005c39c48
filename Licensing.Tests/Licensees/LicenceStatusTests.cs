using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Licensees;

public class LicenceStatusTests
{
    private readonly Person person = Build.Person();

    [Theory]
    [InlineData(LicenceStatus.Granted, LicenceStatus.Suspended, true)]
    [InlineData(LicenceStatus.Suspended, LicenceStatus.Granted, true)]
    [InlineData(LicenceStatus.Granted, LicenceStatus.Revoked, true)]
    [InlineData(LicenceStatus.Suspended, LicenceStatus.Revoked, true)]
    [InlineData(LicenceStatus.Granted, LicenceStatus.Expired, true)]
    [InlineData(LicenceStatus.Granted, LicenceStatus.Surrendered, true)]
    [InlineData(LicenceStatus.Revoked, LicenceStatus.Granted, false)]
    [InlineData(LicenceStatus.Revoked, LicenceStatus.Suspended, false)]
    [InlineData(LicenceStatus.Expired, LicenceStatus.Suspended, false)]
    [InlineData(LicenceStatus.Surrendered, LicenceStatus.Granted, false)]
    [InlineData(LicenceStatus.Expired, LicenceStatus.Revoked, false)]
    public void The_transition_table_allows_only_the_lawful_moves(LicenceStatus from, LicenceStatus to, bool allowed) =>
        Assert.Equal(allowed, Licence.CanMove(from, to));

    [Fact]
    public void Suspension_needs_a_decision_to_suspend_this_licence()
    {
        var licence = Build.DriverLicence(person);
        var other = Build.DriverLicence(person, "DL00002", "1002");
        var revocation = Build.Adverse(licence, person, DecisionKind.Revocation);
        Assert.Throws<DomainRuleException>(() => licence.Suspend(revocation, Build.Today));
        Assert.Throws<DomainRuleException>(() => other.Suspend(Build.Adverse(licence, person, DecisionKind.Suspension), Build.Today));

        licence.Suspend(Build.Adverse(licence, person, DecisionKind.Suspension), Build.Today);
        Assert.Equal(LicenceStatus.Suspended, licence.Status);
        Assert.Equal(Build.Today.AddDays(30), licence.SuspendedUntil);
        Assert.False(licence.IsInForce);
    }

    [Fact]
    public void A_suspension_ends_on_its_date_and_not_before_without_a_decision()
    {
        var licence = Build.DriverLicence(person);
        licence.Suspend(Build.Adverse(licence, person, DecisionKind.Suspension), Build.Today);
        Assert.Throws<DomainRuleException>(() => licence.Reinstate(Build.Today.AddDays(29), "Suspension ended"));
        licence.Reinstate(Build.Today.AddDays(30), "Suspension ended");
        Assert.Equal(LicenceStatus.Granted, licence.Status);
        Assert.Null(licence.SuspendedUntil);
    }

    [Fact]
    public void A_revoked_licence_cannot_be_suspended_renewed_or_reinstated_without_a_decision()
    {
        var licence = Build.DriverLicence(person);
        var revocation = Build.Adverse(licence, person, DecisionKind.Revocation);
        licence.Revoke(revocation, Build.Today);
        Assert.Equal(LicenceStatus.Revoked, licence.Status);
        Assert.Equal(revocation.Id, licence.StatusDecisionId);
        var ex = Assert.Throws<DomainRuleException>(() => licence.Suspend(Build.Adverse(licence, person, DecisionKind.Suspension), Build.Today));
        Assert.Equal("A revoked licence cannot become suspended", ex.Message);
        Assert.Throws<DomainRuleException>(() => licence.Reinstate(Build.Today, "changed my mind"));
    }

    [Fact]
    public void A_licence_expires_only_after_its_expiry_date()
    {
        var licence = Build.DriverLicence(person);
        Assert.Throws<DomainRuleException>(() => licence.Expire(licence.ExpiresOn));
        licence.Expire(licence.ExpiresOn.AddDays(1));
        Assert.Equal(LicenceStatus.Expired, licence.Status);
        Assert.Equal(licence.ExpiresOn.AddDays(1), licence.StatusSince);
    }

    [Fact]
    public void Surrender_needs_a_note_and_is_final()
    {
        var licence = Build.DriverLicence(person);
        Assert.Throws<DomainRuleException>(() => licence.Surrender(Build.Today, " "));
        licence.Surrender(Build.Today, "Badge handed in at reception");
        Assert.Throws<DomainRuleException>(() => licence.Revoke(Build.Adverse(licence, person, DecisionKind.Revocation), Build.Today));
    }

    [Fact]
    public void An_expiry_before_issue_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => DriverLicence.Grant(Build.Grant(person), person.Id, LicenceType.PrivateHireDriver, "DL1", "1", Build.Today, Build.Today.AddDays(-1)));
        Assert.Equal("ExpiresOn", ex.Field);
    }

    [Fact]
    public void Immediate_effect_requires_public_safety_reasons()
    {
        var licence = Build.DriverLicence(person);
        var ex = Assert.Throws<DomainRuleException>(() => Decision.Record(new DecisionDraft(person.Id, DecisionKind.Revocation, licence.Type, DecisionMaker.AuthorisedOfficer, "M", "reasons", Build.Today,
            GroundsCategory.Safeguarding, licence.Id, ImmediateEffect: true, PublicSafetyReasons: ""), DateTime.UtcNow));
        Assert.Contains("public safety", ex.Message);
    }

    [Fact]
    public void A_decision_takes_effect_after_the_21_day_appeal_period_that_begins_with_service()
    {
        var licence = Build.DriverLicence(person);
        var revocation = Build.Adverse(licence, person, DecisionKind.Revocation);
        revocation.NoticeServed(new DateOnly(2026, 6, 16));
        Assert.Equal(new DateOnly(2026, 7, 6), revocation.AppealPeriodEndsOn); // day 1 = 16 June, day 21 = 6 July
        Assert.Equal(new DateOnly(2026, 7, 7), revocation.TakesEffectOn);

        var immediate = Build.Adverse(licence, person, DecisionKind.Revocation, immediate: true);
        immediate.NoticeServed(new DateOnly(2026, 6, 16));
        Assert.Equal(new DateOnly(2026, 6, 16), immediate.TakesEffectOn);
    }

    [Fact]
    public void An_appeal_holds_a_decision_without_immediate_effect_until_it_is_decided()
    {
        var licence = Build.DriverLicence(person);
        var revocation = Build.Adverse(licence, person, DecisionKind.Revocation);
        revocation.NoticeServed(Build.Today);
        revocation.AwaitAppeal();
        Assert.Null(revocation.TakesEffectOn);
        revocation.AppealFinallyDecided(Build.Today.AddDays(60));
        Assert.Equal(Build.Today.AddDays(60), revocation.TakesEffectOn);
    }
}
