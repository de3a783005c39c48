using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Licensees;

/// <summary>Registrations are compared without spaces or case: "AB12 CDE", "ab12cde" are the same car.</summary>
public static class VehicleRegistration
{
    public static string Normalise(string? text) => SearchText.Compact(text);

    public static bool IsPlausible(string? text)
    {
        var n = Normalise(text);
        return n.Length is >= 2 and <= 8 && n.Any(char.IsDigit) && n.Any(char.IsLetter);
    }
}

/// <summary>
/// One licence per vehicle: while a licence on a registration is in force or suspended, the vehicle cannot be
/// licensed again (a second plate would let two vehicles, or two proprietors, work under one car's checks).
/// Said once here for entering an existing licence, receiving an application and granting one.
/// </summary>
public static class OneLicencePerVehicle
{
    /// <summary>The refusal when another licence holds the registration, else null.</summary>
    /// <param name="renewing">The licence an application renews: it holds the registration by right.</param>
    public static async Task<DomainRuleException?> ProblemAsync(IQueryable<VehicleLicence> licences, string? registration, Guid? renewing, string field, CancellationToken ct = default)
    {
        var key = VehicleRegistration.Normalise(registration);
        var plate = await licences
            .Where(l => l.SearchRegistration == key && l.Id != renewing && (l.Status == LicenceStatus.Granted || l.Status == LicenceStatus.Suspended))
            .Select(l => l.PlateNumber).FirstOrDefaultAsync(ct);
        return plate is null ? null
            : new DomainRuleException($"Vehicle {registration!.Trim().ToUpperInvariant()} already has a licence in force (plate {plate}): one vehicle holds one licence", field);
    }
}
