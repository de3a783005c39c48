using Licensing.Domain.Licensees;

namespace Licensing.Tests.Licensees;

public class DrivingLicenceNumberTests
{
    [Theory]
    [InlineData("MORGA657054SM9IJ")]
    [InlineData("morga 657054 sm9ij")]
    [InlineData("MC999812209J99AB")]
    [InlineData("SMITH801015JD9AB")]
    public void A_well_formed_GB_number_is_accepted(string text)
    {
        Assert.True(DrivingLicenceNumber.TryParse(text, out var number, out var error), error);
        Assert.False(number!.IsNorthernIreland);
        Assert.Equal(16, number.Value.Length);
    }

    [Fact]
    public void The_issue_number_printed_after_the_licence_number_is_dropped() =>
        Assert.Equal("MORGA657054SM9IJ", DrivingLicenceNumber.Parse("MORGA657054SM9IJ 01").Value);

    [Fact]
    public void A_Northern_Ireland_number_is_accepted_with_a_flag()
    {
        Assert.True(DrivingLicenceNumber.TryParse("12345678", out var number, out _));
        Assert.True(number!.IsNorthernIreland);
    }

    [Theory]
    [InlineData("", "Enter a driving licence number")]
    [InlineData("MORGA657054SM9I", "16 characters")]
    [InlineData("M9RGA657054SM9IJ", "right format")]   // a letter after the 9 padding
    [InlineData("MORGA613054SM9IJ", "right format")]   // month 13
    [InlineData("MORGA663054SM9IJ", "right format")]   // month 63 (women run 51–62)
    [InlineData("MORGA657354SM9IJ", "right format")]   // day 35
    [InlineData("MORGA657054SMXIJ", "right format")]   // 14th character must be a digit
    [InlineData("1ORGA657054SM9IJ", "right format")]
    public void A_malformed_number_is_refused_with_a_reason(string text, string reason)
    {
        Assert.False(DrivingLicenceNumber.TryParse(text, out _, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void The_example_from_the_domain_notes_is_consistent_with_its_holder() =>
        Assert.Empty(DrivingLicenceNumber.Parse("MORGA657054SM9IJ").InconsistenciesWith("Morgan", "Sarah Mary", new DateOnly(1964, 7, 5)));

    [Fact]
    public void A_number_that_disagrees_with_the_holder_gives_warnings_not_errors()
    {
        var warnings = DrivingLicenceNumber.Parse("MORGA657054SM9IJ").InconsistenciesWith("Jones", "Peter", new DateOnly(1970, 1, 2));
        Assert.Equal(3, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("surname"));
        Assert.Contains(warnings, w => w.Contains("date of birth"));
        Assert.Contains(warnings, w => w.Contains("initials"));
    }

    [Fact]
    public void A_previous_surname_explains_a_licence_number_from_before_a_change_of_name() =>
        Assert.Empty(DrivingLicenceNumber.Parse("EVANS657054SM9IJ").InconsistenciesWith("Morgan", "Sarah Mary", new DateOnly(1964, 7, 5), ["Evans"]));

    [Theory]
    [InlineData("Morgan", "MORGA")]
    [InlineData("MacDonald", "MCDON")]
    [InlineData("Ng", "NG999")]
    [InlineData("O'Neil", "ONEIL")]
    [InlineData("Müller", "MULLE")]
    public void The_surname_code_follows_the_DVLA_pattern(string surname, string code) =>
        Assert.Equal(code, DrivingLicenceNumber.SurnameCode(surname));
}
