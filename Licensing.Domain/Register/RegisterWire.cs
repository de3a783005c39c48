using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;

namespace Licensing.Domain.Register;

/// <summary>The words the CSV file and the partner API use for the register's values (DESIGN.md).</summary>
public static class RegisterWire
{
    public static readonly IReadOnlyDictionary<string, LicenceType> LicenceTypes = new Dictionary<string, LicenceType>
    {
        ["hackney-carriage-driver"] = LicenceType.HackneyCarriageDriver,
        ["private-hire-driver"] = LicenceType.PrivateHireDriver,
        ["dual-driver"] = LicenceType.DualDriver,
        ["private-hire-operator"] = LicenceType.PrivateHireOperator,
    };

    public static readonly IReadOnlyDictionary<string, RegisterDecision> Decisions = new Dictionary<string, RegisterDecision>
    {
        ["refusal"] = RegisterDecision.Refusal,
        ["suspension"] = RegisterDecision.Suspension,
        ["revocation"] = RegisterDecision.Revocation,
    };

    public static readonly IReadOnlyDictionary<string, GroundsCategory> Grounds = new Dictionary<string, GroundsCategory>
    {
        ["sexual-misconduct"] = GroundsCategory.SexualMisconduct,
        ["safeguarding"] = GroundsCategory.Safeguarding,
        ["dishonesty"] = GroundsCategory.Dishonesty,
        ["violence"] = GroundsCategory.Violence,
        ["drugs"] = GroundsCategory.Drugs,
        ["driving"] = GroundsCategory.Driving,
        ["other"] = GroundsCategory.Other,
    };

    public static readonly IReadOnlyDictionary<string, SearchPurpose> Purposes = new Dictionary<string, SearchPurpose>
    {
        ["new-application"] = SearchPurpose.NewApplication,
        ["renewal"] = SearchPurpose.Renewal,
        ["review"] = SearchPurpose.Review,
        ["enforcement"] = SearchPurpose.Enforcement,
    };

    public static string Name(LicenceType v) => LicenceTypes.First(p => p.Value == v).Key;
    public static string Name(RegisterDecision v) => Decisions.First(p => p.Value == v).Key;
    public static string Name(GroundsCategory v) => Grounds.First(p => p.Value == v).Key;
    public static string Name(SearchPurpose v) => Purposes.First(p => p.Value == v).Key;
    public static string Name(MatchBand v) => v.ToString().ToLowerInvariant();

    public static string Describe(GroundsCategory v) => Name(v).Replace('-', ' ');
}
