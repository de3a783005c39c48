using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;

namespace Licensing.Tests.Cases;

/// <summary>The power a decision names when its maker names none (DOMAIN.md, "The law"): the notice quotes it to the licensee and the court.</summary>
public class StatutoryPowerTests
{
    private const string Lgmpa = "Local Government (Miscellaneous Provisions) Act 1976, ";

    public static TheoryData<DecisionKind, LicenceType, string> Powers => new()
    {
        // A vehicle's or an operator's licence is not refused renewal under the drivers' s.61.
        { DecisionKind.RefusalToRenew, LicenceType.PrivateHireVehicle, Lgmpa + "s.60(1)" },
        { DecisionKind.RefusalToRenew, LicenceType.HackneyCarriageVehicle, Lgmpa + "s.60(1)" },
        { DecisionKind.RefusalToRenew, LicenceType.PrivateHireOperator, Lgmpa + "s.62(1)" },
        { DecisionKind.Revocation, LicenceType.PrivateHireVehicle, Lgmpa + "s.60(1)" },
        { DecisionKind.Suspension, LicenceType.HackneyCarriageVehicle, Lgmpa + "s.60(1)" },
        { DecisionKind.Suspension, LicenceType.PrivateHireOperator, Lgmpa + "s.62(1)" },
        { DecisionKind.RefusalToRenew, LicenceType.PrivateHireDriver, Lgmpa + "s.61(1)(b)" },
        { DecisionKind.Revocation, LicenceType.HackneyCarriageDriver, Lgmpa + "s.61(1)(b)" },
        { DecisionKind.Suspension, LicenceType.DualDriver, Lgmpa + "s.61(1)(b)" },
        { DecisionKind.Refusal, LicenceType.PrivateHireDriver, Lgmpa + "s.51" },
        { DecisionKind.Refusal, LicenceType.HackneyCarriageDriver, Lgmpa + "s.59" },
        { DecisionKind.Refusal, LicenceType.DualDriver, Lgmpa + "ss.51 and 59" },
        { DecisionKind.Refusal, LicenceType.PrivateHireOperator, Lgmpa + "s.55" },
        { DecisionKind.Refusal, LicenceType.PrivateHireVehicle, Lgmpa + "s.48" },
        { DecisionKind.Refusal, LicenceType.HackneyCarriageVehicle, "Town Police Clauses Act 1847, s.37" },
    };

    [Theory, MemberData(nameof(Powers))]
    public void Each_kind_of_decision_names_the_power_for_its_licence(DecisionKind kind, LicenceType type, string power) =>
        Assert.Equal(power, Decision.DefaultPower(kind, type));

    [Fact]
    public void Every_adverse_decision_about_every_licence_names_a_power()
    {
        foreach (var type in Enum.GetValues<LicenceType>())
        foreach (var kind in new[] { DecisionKind.Refusal, DecisionKind.RefusalToRenew, DecisionKind.Suspension, DecisionKind.Revocation })
            Assert.False(string.IsNullOrEmpty(Decision.DefaultPower(kind, type)), $"{kind} of a {type} licence names no power");
    }
}
