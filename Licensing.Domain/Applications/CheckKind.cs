using Licensing.Domain.Licensees;

namespace Licensing.Domain.Applications;

/// <summary>The statutory and local checks an application may need (Statutory Taxi and PHV Standards, DfT 2020/2022).</summary>
public enum CheckKind
{
    EnhancedDbs,
    DbsUpdateService,
    DvlaLicence,
    Group2Medical,
    RightToWork,
    SafeguardingTraining,
    KnowledgeTest,
    OverseasCriminalRecord,
    HmrcTaxCheck,
    BasicDbs,
    RegisterSearch,
    VehicleComplianceTest,
    VehicleInsurance,
    VehicleRegistrationDocument,
}

public static class CheckKinds
{
    public static string Describe(this CheckKind k) => k switch
    {
        CheckKind.EnhancedDbs => "Enhanced DBS with both barred lists",
        CheckKind.DbsUpdateService => "DBS Update Service status check",
        CheckKind.DvlaLicence => "DVLA driving licence check",
        CheckKind.Group2Medical => "Group 2 medical",
        CheckKind.RightToWork => "Right to work",
        CheckKind.SafeguardingTraining => "Safeguarding and CSE awareness training",
        CheckKind.KnowledgeTest => "Knowledge and English test",
        CheckKind.OverseasCriminalRecord => "Overseas criminal record or certificate of good conduct",
        CheckKind.HmrcTaxCheck => "HMRC tax check code",
        CheckKind.BasicDbs => "Basic DBS",
        CheckKind.RegisterSearch => "Register search (NR3S and partners)",
        CheckKind.VehicleComplianceTest => "MOT / vehicle compliance test",
        CheckKind.VehicleInsurance => "Hire and reward insurance",
        CheckKind.VehicleRegistrationDocument => "V5C registration document",
        _ => k.ToString(),
    };

    /// <summary>What the evidence reference is, for the form's label.</summary>
    public static string EvidenceLabel(this CheckKind k) => k switch
    {
        CheckKind.EnhancedDbs or CheckKind.BasicDbs => "Certificate number",
        CheckKind.DbsUpdateService => "Update Service subscription ID",
        CheckKind.DvlaLicence => "DVLA check code or reference",
        CheckKind.RightToWork => "Share code or document seen",
        CheckKind.HmrcTaxCheck => "Tax check code (9 characters)",
        CheckKind.VehicleInsurance => "Policy number",
        CheckKind.VehicleComplianceTest => "Test certificate number",
        CheckKind.VehicleRegistrationDocument => "V5C document reference",
        _ => "Evidence reference",
    };
}

/// <summary>
/// "Applications" configuration: which checks each licence type needs, how long each stays valid,
/// and licence terms. Anything left out takes the defaults below (docs/APPLICATIONS.md).
/// </summary>
public sealed class ApplicationOptions
{
    public const string Section = "Applications";

    /// <summary>Checks needed for a new application and a renewal, per licence type.</summary>
    public Dictionary<LicenceType, CheckKind[]> RequiredChecks { get; set; } = [];
    /// <summary>Checks needed only on renewal (HMRC tax checks apply to renewals).</summary>
    public CheckKind[]? RenewalOnlyChecks { get; set; }
    /// <summary>Months a check stays valid from its issue date (or the date it was made); absent = until replaced.</summary>
    public Dictionary<CheckKind, int> ValidForMonths { get; set; } = [];
    /// <summary>Days a check is shown as "expiring soon" in the queue before it runs out.</summary>
    public int ExpiringWithinDays { get; set; } = 30;
    public int DriverTermYears { get; set; } = 3;
    public int OperatorTermYears { get; set; } = 5;
    public int VehicleTermYears { get; set; } = 1;

    private static readonly CheckKind[] DriverDefaults =
    [
        CheckKind.EnhancedDbs, CheckKind.DbsUpdateService, CheckKind.DvlaLicence, CheckKind.Group2Medical, CheckKind.RightToWork,
        CheckKind.SafeguardingTraining, CheckKind.KnowledgeTest, CheckKind.OverseasCriminalRecord, CheckKind.RegisterSearch,
    ];

    public static readonly IReadOnlyDictionary<LicenceType, CheckKind[]> DefaultRequiredChecks = new Dictionary<LicenceType, CheckKind[]>
    {
        [LicenceType.HackneyCarriageDriver] = DriverDefaults,
        [LicenceType.PrivateHireDriver] = DriverDefaults,
        [LicenceType.DualDriver] = DriverDefaults,
        [LicenceType.PrivateHireOperator] = [CheckKind.BasicDbs, CheckKind.RightToWork, CheckKind.RegisterSearch],
        [LicenceType.HackneyCarriageVehicle] = [CheckKind.VehicleComplianceTest, CheckKind.VehicleInsurance, CheckKind.VehicleRegistrationDocument],
        [LicenceType.PrivateHireVehicle] = [CheckKind.VehicleComplianceTest, CheckKind.VehicleInsurance, CheckKind.VehicleRegistrationDocument],
    };

    public static readonly IReadOnlyDictionary<CheckKind, int> DefaultValidForMonths = new Dictionary<CheckKind, int>
    {
        [CheckKind.EnhancedDbs] = 6,
        [CheckKind.BasicDbs] = 6,
        [CheckKind.DbsUpdateService] = 6,
        [CheckKind.DvlaLicence] = 3,
        [CheckKind.Group2Medical] = 60,
        [CheckKind.SafeguardingTraining] = 36,
        [CheckKind.OverseasCriminalRecord] = 6,
        [CheckKind.HmrcTaxCheck] = 4,
        [CheckKind.RegisterSearch] = 3,
        [CheckKind.VehicleComplianceTest] = 6,
        [CheckKind.VehicleInsurance] = 12,
    };

    public IReadOnlyList<CheckKind> Required(LicenceType type, ApplicationKind kind)
    {
        var list = RequiredChecks.TryGetValue(type, out var configured) ? configured : DefaultRequiredChecks[type];
        var renewalOnly = RenewalOnlyChecks ?? (type.IsVehicle() ? [] : [CheckKind.HmrcTaxCheck]);
        return kind == ApplicationKind.Renewal ? [.. list, .. renewalOnly.Except(list)] : list;
    }

    public int? MonthsValid(CheckKind kind) =>
        ValidForMonths.TryGetValue(kind, out var m) ? m : DefaultValidForMonths.TryGetValue(kind, out var d) ? d : null;

    /// <summary>The usual (and longest) term: as configured, but never beyond what the law allows.</summary>
    public int TermYears(LicenceType type)
    {
        var configured = type.IsDriver() ? DriverTermYears : type == LicenceType.PrivateHireOperator ? OperatorTermYears : VehicleTermYears;
        return StatutoryMaxYears(type) is { } max && configured > max ? max : configured;
    }

    /// <summary>
    /// The longest term the law allows (DOMAIN.md, Terms): 3 years for a driver licence (LGMPA 1976 s.53), 5 for an
    /// operator (s.55, Deregulation Act 2015 s.10). Vehicles: no statutory maximum recorded, so the configuration decides.
    /// </summary>
    public static int? StatutoryMaxYears(LicenceType type) => type.IsDriver() ? 3 : type == LicenceType.PrivateHireOperator ? 5 : null;
}
