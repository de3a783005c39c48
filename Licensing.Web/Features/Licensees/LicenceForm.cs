using Licensing.Domain.Licensees;

namespace Licensing.Web.Features.Licensees;

public enum LicenceKind { Driver, Vehicle, Operator }

/// <summary>What the officer types to enter a licence from the authority's existing records.</summary>
public sealed class LicenceForm
{
    public LicenceKind? Kind { get; set; }
    public LicenceType? DriverType { get; set; }
    public LicenceType? VehicleType { get; set; }
    public string? Number { get; set; }
    public string? BadgeNumber { get; set; }
    public string? PlateNumber { get; set; }
    public string? Registration { get; set; }
    public string? Make { get; set; }
    public string? Model { get; set; }
    public string? Colour { get; set; }
    public bool? HeldByCompany { get; set; }
    public string? CompanyName { get; set; }
    public string? CompanyNumber { get; set; }
    public string? CentreLine1 { get; set; }
    public string? CentreLine2 { get; set; }
    public string? CentreTown { get; set; }
    public string? CentrePostcode { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public string? Conditions { get; set; }

    public LicenceType? Type => Kind switch
    {
        LicenceKind.Driver => DriverType,
        LicenceKind.Vehicle => VehicleType,
        LicenceKind.Operator => LicenceType.PrivateHireOperator,
        _ => null,
    };

    /// <summary>The number the licence is known by: vehicles are known by their plate.</summary>
    public string? LicenceNumber => Kind == LicenceKind.Vehicle ? PlateNumber : Number;
    public string NumberField => Kind == LicenceKind.Vehicle ? nameof(PlateNumber) : nameof(Number);
}
