namespace Licensing.Domain.Licensees;

public enum LicenceType
{
    HackneyCarriageDriver,
    PrivateHireDriver,
    DualDriver,
    PrivateHireOperator,
    HackneyCarriageVehicle,
    PrivateHireVehicle,
}

public enum LicenceStatus { Granted, Suspended, Revoked, Expired, Surrendered }

public static class LicenceTypeNames
{
    public static string Describe(this LicenceType type) => type switch
    {
        LicenceType.HackneyCarriageDriver => "Hackney carriage driver",
        LicenceType.PrivateHireDriver => "Private hire driver",
        LicenceType.DualDriver => "Dual (hackney carriage and private hire) driver",
        LicenceType.PrivateHireOperator => "Private hire operator",
        LicenceType.HackneyCarriageVehicle => "Hackney carriage vehicle",
        LicenceType.PrivateHireVehicle => "Private hire vehicle",
        _ => type.ToString(),
    };

    public static bool IsDriver(this LicenceType type) =>
        type is LicenceType.HackneyCarriageDriver or LicenceType.PrivateHireDriver or LicenceType.DualDriver;

    public static bool IsVehicle(this LicenceType type) =>
        type is LicenceType.HackneyCarriageVehicle or LicenceType.PrivateHireVehicle;
}
