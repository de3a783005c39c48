using Bogus;
using Person = Licensing.Domain.Licensees.Person;
using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Hosting;

/// <summary>
/// Development only: one demo user per role (credentials in the README) and a fictional authority's
/// licensees, so a first run shows a living system. Never runs outside Development.
/// </summary>
public static class DemoData
{
    public const string Password = "demo-licensing-2026";

    public static readonly (string Email, string Name, string Role)[] Users =
    [
        ("officer@demo.example", "Olivia Officer", Roles.LicensingOfficer),
        ("officer2@demo.example", "Oscar Officer", Roles.LicensingOfficer),
        ("manager@demo.example", "Maya Manager", Roles.LicensingManager),
        ("committee@demo.example", "Cllr Colin Chair", Roles.CommitteeMember),
        ("committee2@demo.example", "Cllr Carys Member", Roles.CommitteeMember),
        ("committee3@demo.example", "Cllr Cyril Member", Roles.CommitteeMember),
        ("admin@demo.example", "Adam Administrator", Roles.Administrator),
        ("partner@demo.example", "Priya Partner", Roles.PartnerSearcher),
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        foreach (var (email, name, role) in Users)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new StaffUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, PartnerAuthorityCode = role == Roles.PartnerSearcher ? "E07000999" : null };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
        }

        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        if (await db.People.AnyAsync()) return;
        await SeedLicenseesAsync(db);
        // Each feature adds its own demo records (cases at every stage, notices, register entries...).
        await Features.AllFeatures.SeedDemoAsync(scope.ServiceProvider, db);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>A well-known driver the README and the browser tests use.</summary>
    public static readonly PersonDetails SarahMorgan = new("Sarah Jane", "Morgan", ["Evans"], new DateOnly(1964, 7, 5), "MORGA657054SJ9IJ", "AB123456C",
        new Address("12 Station Road", null, "Eastbrook", "EB1 2AA"), "07700 900123", "sarah.morgan@example.com", new DateOnly(2024, 3, 1));
    public const string SarahMorganVehicle = "KX19 ABC";

    private static async Task SeedLicenseesAsync(LicensingDbContext db)
    {
        Randomizer.Seed = new Random(2026);
        var today = db.Today;
        var faker = new Faker("en_GB");
        var makes = new (string Make, string Model)[] { ("Toyota", "Prius"), ("Skoda", "Octavia"), ("LEVC", "TX"), ("Ford", "Galaxy"), ("Kia", "Niro"), ("Hyundai", "Ioniq"), ("Mercedes-Benz", "Vito"), ("Volkswagen", "Passat"), ("Peugeot", "e-Traveller"), ("Toyota", "Corolla") };
        var colours = new[] { "Black", "Silver", "White", "Grey", "Blue", "Red" };
        var drivers = new List<Person>();

        Person AddPerson(PersonDetails details)
        {
            var p = Person.Create(details, today);
            db.People.Add(p);
            return p;
        }

        Decision Grant(Person p, LicenceType type, DateOnly on) => db.Decisions.Add(Decision.Record(new DecisionDraft(p.Id, DecisionKind.Grant, type,
            DecisionMaker.ExistingRecord, "Eastbrook licensing team (existing records)", "Licence carried over from the authority's previous records", on), db.UtcNow)).Entity;

        var sarah = AddPerson(SarahMorgan);
        drivers.Add(sarah);
        for (var i = 0; i < 299; i++)
        {
            var female = faker.Random.Bool();
            var forenames = faker.Name.FirstName(female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male);
            if (faker.Random.Bool(0.4f)) forenames += " " + faker.Name.FirstName(female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male);
            var surname = faker.Name.LastName();
            var dob = DateOnly.FromDateTime(faker.Date.Between(new DateTime(1955, 1, 1), new DateTime(2003, 12, 31)));
            drivers.Add(AddPerson(new PersonDetails(forenames, surname, faker.Random.Bool(0.1f) ? [faker.Name.LastName()] : [], dob,
                MakeLicenceNumber(surname, forenames, dob, female, faker), MakeNiNumber(faker),
                new Address(faker.Address.StreetAddress(), null, "Eastbrook", $"EB{faker.Random.Int(1, 9)} {faker.Random.Int(1, 9)}{faker.Random.String2(2, "ABDEFGHJLNPQRSTUWXYZ")}"),
                faker.Phone.PhoneNumber("07### ######"), faker.Internet.Email(forenames.Split(' ')[0], surname), faker.Random.Bool(0.6f) ? today.AddDays(-faker.Random.Int(30, 900)) : null)));
        }

        var badge = 1000;
        foreach (var (p, i) in drivers.Select((p, i) => (p, i)))
        {
            var type = (i % 3) switch { 0 => LicenceType.PrivateHireDriver, 1 => LicenceType.HackneyCarriageDriver, _ => LicenceType.DualDriver };
            var issued = today.AddDays(-faker.Random.Int(10, 1000));
            var grant = Grant(p, type, issued);
            db.Licences.Add(DriverLicence.Grant(grant, p.Id, type, $"DL{++badge:D5}", $"{badge}", issued, issued.AddYears(3)));
        }

        for (var i = 0; i < 20; i++)
        {
            var owner = drivers[i * 7 + 3];
            var issued = today.AddDays(-faker.Random.Int(10, 1500));
            var grant = Grant(owner, LicenceType.PrivateHireOperator, issued);
            var company = i % 4 == 0 ? null : $"{faker.PickRandom("A1", "Eastbrook", "Station", "City", "Star", "Royal", "Express", "Town")} {faker.PickRandom("Cars", "Taxis", "Private Hire", "Executive Travel")} Ltd";
            db.Licences.Add(OperatorLicence.Grant(grant, owner.Id, company, company is null ? null : faker.Random.Replace("########"),
                new Address(faker.Address.StreetAddress(), null, "Eastbrook", $"EB{faker.Random.Int(1, 9)} {faker.Random.Int(1, 9)}AB"),
                $"OP{i + 1:D4}", issued, issued.AddYears(5),
                "1. Booking records kept for 12 months.\n2. Booking and dispatch staff vetted by basic DBS check.\n3. No collection of unaccompanied minors from residential children's homes without the home's written booking."));
        }

        for (var i = 0; i < 250; i++)
        {
            var owner = drivers[i];
            var (make, model) = faker.PickRandom(makes);
            var issued = today.AddDays(-faker.Random.Int(10, 360));
            var type = i % 3 == 1 ? LicenceType.HackneyCarriageVehicle : LicenceType.PrivateHireVehicle;
            var grant = Grant(owner, type, issued);
            var reg = i == 0 ? SarahMorganVehicle : $"{faker.Random.String2(2, "ABCDEFGHKLMNOPRSVWY")}{faker.Random.Int(51, 74)} {faker.Random.String2(3, "ABCDEFGHJKLMNOPRSTUVWXYZ")}";
            db.Licences.Add(VehicleLicence.Grant(grant, owner.Id, type, $"{(type == LicenceType.HackneyCarriageVehicle ? "HC" : "PH")}{i + 1:D4}",
                new VehicleDetails(reg, make, model, faker.PickRandom(colours)), issued, issued.AddYears(1)));
        }
        await db.SaveChangesAsync();
    }

    /// <summary>A structurally valid GB licence number for a demo person (check characters invented).</summary>
    public static string MakeLicenceNumber(string surname, string forenames, DateOnly dob, bool female, Faker faker)
    {
        var names = forenames.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = $"{names[0][0]}{(names.Length > 1 ? names[1][0] : '9')}";
        var month = dob.Month + (female ? 50 : 0);
        return $"{DrivingLicenceNumber.SurnameCode(surname)}{dob.Year / 10 % 10}{month:D2}{dob.Day:D2}{dob.Year % 10}{initials}9{faker.Random.String2(2, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}";
    }

    private static string MakeNiNumber(Faker faker)
    {
        while (true)
        {
            var candidate = $"{faker.Random.String2(2, "ABCEGHJKLMNPRSTWXYZ")}{faker.Random.Replace("######")}{faker.Random.String2(1, "ABCD")}";
            if (NationalInsuranceNumber.IsValid(candidate)) return candidate;
        }
    }
}
