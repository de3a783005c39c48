using Licensing.Domain.Applications;
using Licensing.Domain.Licensees;
using Microsoft.Extensions.Configuration;

namespace Licensing.Tests.Applications;

public class ApplicationOptionsTests
{
    [Fact]
    public void The_authority_chooses_the_checks_per_licence_type_and_the_rest_keep_the_defaults()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Applications:RequiredChecks:PrivateHireOperator:0"] = "BasicDbs",
            ["Applications:RequiredChecks:PrivateHireOperator:1"] = "RegisterSearch",
            ["Applications:ValidForMonths:EnhancedDbs"] = "3",
            ["Applications:DriverTermYears"] = "2",
        }).Build();
        var options = config.GetSection(ApplicationOptions.Section).Get<ApplicationOptions>()!;

        Assert.Equal([CheckKind.BasicDbs, CheckKind.RegisterSearch], options.Required(LicenceType.PrivateHireOperator, ApplicationKind.New));
        Assert.Contains(CheckKind.Group2Medical, options.Required(LicenceType.PrivateHireDriver, ApplicationKind.New));
        Assert.Equal(3, options.MonthsValid(CheckKind.EnhancedDbs));
        Assert.Equal(6, options.MonthsValid(CheckKind.DbsUpdateService));
        Assert.Null(options.MonthsValid(CheckKind.KnowledgeTest));
        Assert.Equal(2, options.TermYears(LicenceType.DualDriver));
        Assert.Equal(5, options.TermYears(LicenceType.PrivateHireOperator));
    }
}
