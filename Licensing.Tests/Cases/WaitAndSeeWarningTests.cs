using Licensing.Domain.Cases;

namespace Licensing.Tests.Cases;

/// <summary>The Singh/Pawlowski warning must catch the ways officers actually write "wait and see".</summary>
public class WaitAndSeeWarningTests
{
    [Theory]
    [InlineData("Suspended pending further enquiries")]
    [InlineData("Suspended whilst the police investigate the allegation")]
    [InlineData("Suspend while he is on police bail")]
    [InlineData("Suspension until the CPS makes its charging decision")]
    [InlineData("Suspended during the police inquiry")]
    [InlineData("Awaiting the outcome of the trial")]
    public void A_suspension_written_as_a_holding_measure_draws_the_warning(string reasons) =>
        Assert.Contains("R (Singh) v Cardiff", Assert.Single(ReviewCase.Warnings(CaseOutcome.Suspension, reasons)));

    [Theory]
    [InlineData("Three proven incidents of overcharging; a month's suspension marks their seriousness")]
    [InlineData("Two months' suspension for the proven rudeness, which he admitted at interview")]
    public void A_suspension_for_what_was_found_draws_none(string reasons) =>
        Assert.Empty(ReviewCase.Warnings(CaseOutcome.Suspension, reasons));
}
