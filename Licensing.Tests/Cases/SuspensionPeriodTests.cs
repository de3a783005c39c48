using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Cases;

/// <summary>A suspension is decided as a period; its end follows from the day it takes effect.</summary>
public class SuspensionPeriodTests
{
    [Theory]
    [InlineData(7, SuspensionUnit.Days, "2026-07-06", "2026-07-13")]   // 6–12 July suspended, in force again on the 13th
    [InlineData(1, SuspensionUnit.Days, "2026-07-06", "2026-07-07")]
    [InlineData(8, SuspensionUnit.Weeks, "2026-07-06", "2026-08-31")]
    [InlineData(3, SuspensionUnit.Months, "2026-07-06", "2026-10-06")]
    [InlineData(1, SuspensionUnit.Months, "2026-01-31", "2026-03-01")] // no 31 February: suspended to the end of February
    [InlineData(1, SuspensionUnit.Months, "2028-01-29", "2028-02-29")]  // a leap year's February has the 29th
    [InlineData(1, SuspensionUnit.Months, "2028-01-30", "2028-03-01")]
    public void The_period_counts_the_day_it_takes_effect_as_the_first(int length, SuspensionUnit unit, string takesEffect, string backInForce) =>
        Assert.Equal(DateOnly.Parse(backInForce), new SuspensionPeriod(length, unit).EndsOn(DateOnly.Parse(takesEffect)));

    [Theory]
    [InlineData(1, SuspensionUnit.Weeks, "1 week")]
    [InlineData(8, SuspensionUnit.Weeks, "8 weeks")]
    [InlineData(14, SuspensionUnit.Days, "14 days")]
    [InlineData(3, SuspensionUnit.Months, "3 months")]
    public void The_period_reads_as_the_committee_said_it(int length, SuspensionUnit unit, string said) =>
        Assert.Equal(said, new SuspensionPeriod(length, unit).ToString());

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(366)]
    public void A_suspension_needs_a_sensible_length(int length)
    {
        var person = Build.Person();
        var licence = Build.DriverLicence(person);
        var error = Assert.Throws<DomainRuleException>(() => Build.Adverse(licence, person, DecisionKind.Suspension, suspendedFor: new SuspensionPeriod(length, SuspensionUnit.Weeks)));
        Assert.Equal("SuspensionLength", error.Field);
    }

    [Fact]
    public void A_suspension_without_a_period_is_refused()
    {
        var person = Build.Person();
        var licence = Build.DriverLicence(person);
        var error = Assert.Throws<DomainRuleException>(() => Decision.Record(new DecisionDraft(person.Id, DecisionKind.Suspension, licence.Type, DecisionMaker.AuthorisedOfficer,
            "Maya Manager", "Proven", Build.Today, GroundsCategory.Dishonesty, licence.Id), DateTime.UtcNow));
        Assert.Equal("SuspensionLength", error.Field);
    }

    [Fact]
    public void The_end_is_unknown_until_the_suspension_takes_effect_and_then_counts_from_that_day()
    {
        var person = Build.Person();
        var licence = Build.DriverLicence(person);
        var decision = Build.Adverse(licence, person, DecisionKind.Suspension, suspendedFor: new SuspensionPeriod(4, SuspensionUnit.Weeks));
        decision.NoticeServed(Build.Today.AddDays(2));
        Assert.Null(decision.SuspensionEndsOn);
        Assert.Equal("for 4 weeks, counted from the day the suspension takes effect", decision.DescribeSuspension());

        var starts = decision.TakesEffectOn!.Value;
        Assert.Equal(Build.Today.AddDays(2 + 21), starts);
        decision.MarkTakenEffect(starts);
        licence.Suspend(decision, starts);

        Assert.Equal(starts.AddDays(28), decision.SuspensionEndsOn);
        Assert.Equal(starts.AddDays(28), licence.SuspendedUntil);
        Assert.Equal($"for 4 weeks, from {LondonTime.Format(starts)} to {LondonTime.Format(starts.AddDays(27))} inclusive", decision.DescribeSuspension());
    }

    [Fact]
    public void Under_appeal_the_period_waits_for_the_court_and_then_runs_in_full()
    {
        var person = Build.Person();
        var licence = Build.DriverLicence(person);
        var decision = Build.Adverse(licence, person, DecisionKind.Suspension, suspendedFor: new SuspensionPeriod(2, SuspensionUnit.Months));
        decision.NoticeServed(Build.Today);
        decision.AwaitAppeal();
        Assert.Null(decision.TakesEffectOn);

        var dismissed = Build.Today.AddMonths(5);
        decision.AppealFinallyDecided(dismissed);
        decision.MarkTakenEffect(decision.TakesEffectOn!.Value);
        licence.Suspend(decision, dismissed);

        Assert.Equal(dismissed.AddMonths(2), decision.SuspensionEndsOn);
        Assert.Equal((LicenceStatus.Suspended, dismissed, dismissed.AddMonths(2)), (licence.Status, licence.StatusSince, licence.SuspendedUntil));
    }

    [Fact]
    public void An_immediate_suspension_runs_from_the_day_the_notice_is_given()
    {
        var person = Build.Person();
        var licence = Build.DriverLicence(person);
        var decision = Build.Adverse(licence, person, DecisionKind.Suspension, immediate: true, suspendedFor: new SuspensionPeriod(14, SuspensionUnit.Days));
        decision.NoticeServed(Build.Today.AddDays(1));
        decision.AwaitAppeal(); // an appeal does not hold an immediate-effect suspension (s.77(3))
        decision.MarkTakenEffect(decision.TakesEffectOn!.Value);
        Assert.Equal(Build.Today.AddDays(15), decision.SuspensionEndsOn);
    }
}
