using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Policy;

namespace Licensing.Tests.Policy;

public class PolicyEngineTests
{
    private static readonly PolicyVersion Policy = PolicyVersion.Create(PolicyVersion.SeedLabel, new DateOnly(2018, 4, 1), PolicyVersion.InstituteOfLicensing2018, "test", DateTime.UtcNow);
    private static readonly DateOnly Convicted = new(2020, 3, 12);

    private static RecordVerdict Verdict(string code, DateOnly today, DateOnly? sentenceEnds = null, DateOnly? banEnds = null, OffenceKind kind = OffenceKind.Conviction) =>
        SuitabilityAssessment.Verdict(Policy, new OffenceFacts(Guid.NewGuid(), kind, code, Convicted, sentenceEnds, banEnds), today);

    [Theory]
    [InlineData("death-or-serious-injury")]
    [InlineData("exploitation")]
    [InlineData("sexual-indecency")]
    public void Never_categories_refuse_however_long_ago(string code)
    {
        var v = Verdict(code, Convicted.AddYears(40));
        Assert.Equal(VerdictKind.RefuseNever, v.Kind);
        Assert.Equal("Refuse: never eligible", v.Summary);
        Assert.Contains("2018-IoL-1", v.Why);
    }

    [Theory]
    [InlineData("violence", 10)]
    [InlineData("drug-supply", 10)]
    [InlineData("weapon", 7)]
    [InlineData("dishonesty", 7)]
    [InlineData("discrimination", 7)]
    [InlineData("drink-drug-driving", 7)]
    [InlineData("major-traffic", 7)]
    [InlineData("taxi-offences", 7)]
    [InlineData("drug-possession", 5)]
    [InlineData("minor-traffic", 5)]
    [InlineData("phone-driving", 5)]
    public void Each_period_bars_until_its_exact_end_date_and_lifts_on_it(string code, int years)
    {
        var ends = Convicted.AddYears(years);
        var dayBefore = Verdict(code, ends.AddDays(-1));
        Assert.Equal(VerdictKind.RefuseUntil, dayBefore.Kind);
        Assert.Equal(ends, dayBefore.BarEndsOn);
        Assert.Equal($"Refuse until {LondonTime.Format(ends)}", dayBefore.Summary);
        Assert.Equal(VerdictKind.NoBar, Verdict(code, ends).Kind);
    }

    [Fact]
    public void A_period_from_the_end_of_sentence_counts_from_the_release_not_the_conviction()
    {
        var released = new DateOnly(2021, 3, 12);
        var v = Verdict("violence", new DateOnly(2030, 6, 1), sentenceEnds: released);
        Assert.Equal(new DateOnly(2031, 3, 12), v.BarEndsOn);
        Assert.Equal("Refuse until 12 March 2031", v.Summary);
        Assert.Contains("end of the sentence", v.Why);
    }

    [Fact]
    public void Drink_driving_runs_from_the_end_of_the_ban_when_that_is_later()
    {
        var v = Verdict("drink-drug-driving", new DateOnly(2027, 1, 1), sentenceEnds: Convicted, banEnds: new DateOnly(2021, 9, 12));
        Assert.Equal(new DateOnly(2028, 9, 12), v.BarEndsOn);
    }

    [Fact]
    public void Phone_driving_runs_from_the_later_of_conviction_or_end_of_ban()
    {
        Assert.Equal(new DateOnly(2025, 3, 12), Verdict("phone-driving", new DateOnly(2024, 1, 1)).BarEndsOn);
        Assert.Equal(new DateOnly(2025, 9, 12), Verdict("phone-driving", new DateOnly(2024, 1, 1), banEnds: new DateOnly(2020, 9, 12)).BarEndsOn);
    }

    [Fact]
    public void Other_information_carries_no_period_but_is_to_be_weighed()
    {
        var v = Verdict("sexual-indecency", Convicted, kind: OffenceKind.Arrest);
        Assert.Equal(VerdictKind.NoBar, v.Kind);
        Assert.Contains("balance of probabilities", v.Why);
    }

    [Fact]
    public void An_unknown_category_is_a_field_error()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Verdict("jaywalking", Convicted));
        Assert.Equal("CategoryCode", ex.Field);
    }

    [Fact]
    public void Several_offences_are_flagged_even_when_each_period_has_passed()
    {
        var today = Convicted.AddYears(20);
        var one = Policy.Assess([new(Guid.NewGuid(), OffenceKind.Conviction, "dishonesty", Convicted)], today);
        Assert.False(one.SeveralOffences);
        Assert.Equal("No bar under the policy", one.Summary);

        var two = Policy.Assess([new(Guid.NewGuid(), OffenceKind.Conviction, "dishonesty", Convicted), new(Guid.NewGuid(), OffenceKind.Caution, "minor-traffic", Convicted)], today);
        Assert.True(two.SeveralOffences);
        Assert.Equal(VerdictKind.NoBar, two.Overall);
        Assert.Equal("No single bar, but several offences", two.Summary);

        var withComplaint = Policy.Assess([new(Guid.NewGuid(), OffenceKind.Conviction, "dishonesty", Convicted), new(Guid.NewGuid(), OffenceKind.Complaint, null, Convicted)], today);
        Assert.False(withComplaint.SeveralOffences);
    }

    [Fact]
    public void The_overall_verdict_is_the_gravest_and_the_latest_bar()
    {
        var today = new DateOnly(2026, 6, 15);
        var result = Policy.Assess([
            new(Guid.NewGuid(), OffenceKind.Conviction, "drug-possession", new DateOnly(2024, 1, 1)),
            new(Guid.NewGuid(), OffenceKind.Conviction, "dishonesty", new DateOnly(2023, 5, 1)),
        ], today);
        Assert.Equal(VerdictKind.RefuseUntil, result.Overall);
        Assert.Equal(new DateOnly(2030, 5, 1), result.BarEndsOn);

        var never = Policy.Assess([new(Guid.NewGuid(), OffenceKind.Conviction, "exploitation", new DateOnly(2001, 1, 1)), new(Guid.NewGuid(), OffenceKind.Conviction, "dishonesty", new DateOnly(2023, 5, 1))], today);
        Assert.Equal(VerdictKind.RefuseNever, never.Overall);
        Assert.True(never.PresumesRefusal);
    }

    [Fact]
    public void A_policy_version_rejects_bad_rows()
    {
        Assert.Equal("Rows[0].Years", Assert.Throws<DomainRuleException>(() => PolicyVersion.Create("x", Convicted, [new("a", "A", Presumption.YearsFromConviction, null, GroundsCategory.Other, false)], "t", DateTime.UtcNow)).Field);
        Assert.Equal("Rows[0].Years", Assert.Throws<DomainRuleException>(() => PolicyVersion.Create("x", Convicted, [new("a", "A", Presumption.Never, 3, GroundsCategory.Other, false)], "t", DateTime.UtcNow)).Field);
        Assert.Equal("Rows[1].Code", Assert.Throws<DomainRuleException>(() => PolicyVersion.Create("x", Convicted, [new("a", "A", Presumption.Never, null, GroundsCategory.Other, false), new("a", "B", Presumption.Never, null, GroundsCategory.Other, false)], "t", DateTime.UtcNow)).Field);
    }
}
