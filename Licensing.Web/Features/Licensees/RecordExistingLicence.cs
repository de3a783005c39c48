using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Licensees;

/// <summary>
/// Enters a licence the authority granted before this system, from its existing records. The grant is
/// recorded as a decision made by <see cref="DecisionMaker.ExistingRecord"/>; no notice is drafted, because
/// the licensee already holds the licence (new grants come through the applications feature).
/// Licence and badge numbers are unique, and a vehicle can hold only one licence in force.
/// </summary>
public static class RecordExistingLicence
{
    public sealed record Outcome(Guid? LicenceId, IReadOnlyList<DomainRuleException> Problems);

    public static async Task<Outcome> RunAsync(LicensingDbContext db, Guid personId, LicenceForm f, CancellationToken ct = default)
    {
        var problems = Missing(f).ToList();
        if (problems.Count == 0) problems.AddRange(await TakenAsync(db, f, ct));
        if (problems.Count > 0) return new Outcome(null, problems);
        if (!await db.People.AnyAsync(p => p.Id == personId, ct)) return new Outcome(null, [new DomainRuleException("This person's record no longer exists")]);

        try
        {
            var type = f.Type!.Value;
            var grant = Decision.Record(new DecisionDraft(personId, DecisionKind.Grant, type, DecisionMaker.ExistingRecord,
                $"{db.Actor.Name} (entered from existing records)", "Licence entered from the authority's existing records", f.IssuedOn!.Value), db.UtcNow);
            Licence licence = f.Kind switch
            {
                LicenceKind.Driver => DriverLicence.Grant(grant, personId, type, f.Number!, f.BadgeNumber!, f.IssuedOn.Value, f.ExpiresOn!.Value, f.Conditions),
                LicenceKind.Vehicle => VehicleLicence.Grant(grant, personId, type, f.PlateNumber!, new VehicleDetails(f.Registration!, f.Make!, f.Model!, f.Colour!), f.IssuedOn.Value, f.ExpiresOn!.Value),
                _ => OperatorLicence.Grant(grant, personId, f.HeldByCompany == true ? f.CompanyName : null, f.HeldByCompany == true ? f.CompanyNumber : null,
                    new Address(f.CentreLine1, f.CentreLine2, f.CentreTown, f.CentrePostcode?.Trim().ToUpperInvariant()), f.Number!, f.IssuedOn.Value, f.ExpiresOn!.Value, f.Conditions),
            };
            db.Decisions.Add(grant);
            db.Licences.Add(licence);
            // The grant names the licence it created (the licence's id exists only once it is issued).
            db.Entry(grant).Property(d => d.LicenceId).CurrentValue = licence.Id;
            await db.SaveChangesAsync(ct);
            return new Outcome(licence.Id, []);
        }
        catch (DomainRuleException e)
        {
            // Also the save's refusal when someone entered the same licence or badge number between our check and our save.
            return new Outcome(null, [new DomainRuleException(e.Message, FormField(e.Field, f))]);
        }
    }

    private static string? FormField(string? domainField, LicenceForm f) => domainField switch
    {
        "Number" or "LicenceNumber" => f.NumberField,
        "Type" => f.Kind == LicenceKind.Vehicle ? nameof(LicenceForm.VehicleType) : nameof(LicenceForm.DriverType),
        "OperatingCentre" => nameof(LicenceForm.CentreLine1),
        _ => domainField,
    };

    private static IEnumerable<DomainRuleException> Missing(LicenceForm f)
    {
        DomainRuleException Need(string message, string field) => new(message, field);
        if (f.Kind is null)
        {
            yield return Need("Choose the kind of licence", nameof(f.Kind));
            yield break;
        }
        if (f.Kind == LicenceKind.Driver)
        {
            if (f.DriverType is null) yield return Need("Choose the type of driver licence", nameof(f.DriverType));
            if (string.IsNullOrWhiteSpace(f.Number)) yield return Need("Enter the licence number", nameof(f.Number));
            if (string.IsNullOrWhiteSpace(f.BadgeNumber)) yield return Need("Enter the badge number", nameof(f.BadgeNumber));
        }
        if (f.Kind == LicenceKind.Vehicle)
        {
            if (f.VehicleType is null) yield return Need("Choose the type of vehicle licence", nameof(f.VehicleType));
            if (string.IsNullOrWhiteSpace(f.PlateNumber)) yield return Need("Enter the plate number", nameof(f.PlateNumber));
            if (!VehicleRegistration.IsPlausible(f.Registration)) yield return Need("Enter the vehicle registration, like AB12 CDE", nameof(f.Registration));
            if (string.IsNullOrWhiteSpace(f.Make)) yield return Need("Enter the make", nameof(f.Make));
            if (string.IsNullOrWhiteSpace(f.Model)) yield return Need("Enter the model", nameof(f.Model));
            if (string.IsNullOrWhiteSpace(f.Colour)) yield return Need("Enter the colour", nameof(f.Colour));
        }
        if (f.Kind == LicenceKind.Operator)
        {
            if (string.IsNullOrWhiteSpace(f.Number)) yield return Need("Enter the licence number", nameof(f.Number));
            if (f.HeldByCompany is null) yield return Need("Choose whether the operator is this person or a company", nameof(f.HeldByCompany));
            if (f.HeldByCompany == true && string.IsNullOrWhiteSpace(f.CompanyName)) yield return Need("Enter the company's name", nameof(f.CompanyName));
            if (string.IsNullOrWhiteSpace(f.CentreLine1)) yield return Need("Enter the operating centre's address", nameof(f.CentreLine1));
            if (string.IsNullOrWhiteSpace(f.CentrePostcode)) yield return Need("Enter the operating centre's postcode", nameof(f.CentrePostcode));
        }
        if (f.IssuedOn is null) yield return Need("Enter the date the licence was issued", nameof(f.IssuedOn));
        if (f.ExpiresOn is null) yield return Need("Enter the date the licence expires", nameof(f.ExpiresOn));
        else if (f.IssuedOn is { } issued && f.ExpiresOn <= issued) yield return Need("The expiry date must be after the issue date", nameof(f.ExpiresOn));
    }

    private static async Task<List<DomainRuleException>> TakenAsync(LicensingDbContext db, LicenceForm f, CancellationToken ct)
    {
        var problems = new List<DomainRuleException>();
        var number = SearchText.Compact(f.LicenceNumber);
        if (await db.Licences.AnyAsync(l => l.SearchNumber == number, ct))
            problems.Add(new DomainRuleException($"Licence number {f.LicenceNumber!.Trim().ToUpperInvariant()} is already in use. Each licence needs its own number", f.NumberField));
        if (f.Kind == LicenceKind.Driver)
        {
            var badge = SearchText.Compact(f.BadgeNumber);
            if (await db.DriverLicences.AnyAsync(l => l.SearchBadgeNumber == badge, ct))
                problems.Add(new DomainRuleException($"Badge number {f.BadgeNumber!.Trim()} is already in use. Each driver licence needs its own badge number", nameof(f.BadgeNumber)));
        }
        if (f.Kind == LicenceKind.Vehicle && await OneLicencePerVehicle.ProblemAsync(db.VehicleLicences, f.Registration, null, nameof(f.Registration), ct) is { } taken)
            problems.Add(taken);
        return problems;
    }
}
