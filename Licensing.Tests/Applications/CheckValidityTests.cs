using Licensing.Domain.Applications;
using Licensing.Tests.Infrastructure;
using static Licensing.Tests.Applications.ApplicationBuild;

namespace Licensing.Tests.Applications;

/// <summary>How long a check counts: a date typed from the document can cut it short, never stretch it.</summary>
public class CheckValidityTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = Build.Today;

    private static LicenceApplication WithCheck(CheckDetails details)
    {
        var app = New(Build.Person());
        app.StartChecks(Now);
        app.RecordCheck(details, Officer, Now, Today);
        return app;
    }

    private static CheckState State(LicenceApplication app, CheckKind kind) => app.CheckStates(Options, Today).Single(s => s.Kind == kind);

    [Fact]
    public void An_enhanced_DBS_two_years_old_is_expired_whatever_valid_until_date_was_typed_and_blocks_a_grant()
    {
        var issued = Today.AddYears(-2);
        var app = WithCheck(new CheckDetails(CheckKind.EnhancedDbs, "001234567890", Today, CheckOutcome.Satisfactory, IssuedOn: issued,
            ValidUntil: new DateOnly(2030, 1, 1), BarredListsChecked: true, DisclosedInformation: false));

        var state = State(app, CheckKind.EnhancedDbs);
        Assert.Equal(CheckStatus.Expired, state.Status);
        Assert.Equal(issued.AddMonths(6).AddDays(-1), state.ExpiresOn);
        Assert.True(state.BlocksGrant);
    }

    [Fact]
    public void A_valid_until_date_sooner_than_the_configured_validity_is_the_one_that_counts()
    {
        var app = WithCheck(new CheckDetails(CheckKind.Group2Medical, "GP letter", Today, CheckOutcome.Satisfactory, IssuedOn: Today.AddMonths(-1), ValidUntil: Today.AddDays(10)));
        Assert.Equal(Today.AddDays(10), State(app, CheckKind.Group2Medical).ExpiresOn);
    }

    [Fact]
    public void A_check_with_no_configured_validity_counts_until_its_valid_until_date()
    {
        var app = WithCheck(new CheckDetails(CheckKind.RightToWork, "share code W12345", Today, CheckOutcome.Satisfactory, ValidUntil: new DateOnly(2028, 3, 1)));
        Assert.Equal(new DateOnly(2028, 3, 1), State(app, CheckKind.RightToWork).ExpiresOn);
    }
}
