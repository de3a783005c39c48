using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Licensees;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Licensees;

public class RecordExistingLicenceTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly Person person = Build.Person();

    public RecordExistingLicenceTests()
    {
        using var db = database.NewContext();
        db.People.Add(person);
        db.SaveChanges();
    }

    private static LicenceForm Driver(string number = "DL00042", string badge = "4242") => new()
    {
        Kind = LicenceKind.Driver, DriverType = LicenceType.PrivateHireDriver, Number = number, BadgeNumber = badge,
        IssuedOn = Build.Today.AddYears(-1), ExpiresOn = Build.Today.AddYears(2),
    };

    private async Task<RecordExistingLicence.Outcome> Record(LicenceForm form)
    {
        await using var db = database.NewContext();
        return await RecordExistingLicence.RunAsync(db, person.Id, form);
    }

    [Fact]
    public async Task A_licence_from_existing_records_is_granted_by_a_decision_of_that_kind_that_names_it()
    {
        var outcome = await Record(Driver());
        await using var db = database.NewContext();
        var licence = await db.DriverLicences.SingleAsync();
        var grant = await db.Decisions.SingleAsync();
        Assert.Equal(outcome.LicenceId, licence.Id);
        Assert.Equal(DecisionMaker.ExistingRecord, grant.MakerKind);
        Assert.Equal(licence.Id, grant.LicenceId);
        Assert.Equal(grant.Id, licence.GrantDecisionId);
        Assert.Equal(0, await db.Notices.CountAsync());
    }

    [Fact]
    public async Task A_licence_or_badge_number_already_in_use_is_refused()
    {
        await Record(Driver());
        var again = await Record(Driver(" dl 00042 ", "4242"));
        Assert.Equal(["Number", "BadgeNumber"], again.Problems.Select(p => p.Field));
        await using var db = database.NewContext();
        Assert.Equal(1, await db.Licences.CountAsync());
    }

    [Fact]
    public async Task An_expiry_before_the_issue_date_is_refused()
    {
        var form = Driver();
        form.ExpiresOn = form.IssuedOn!.Value.AddDays(-1);
        var outcome = await Record(form);
        Assert.Equal("ExpiresOn", Assert.Single(outcome.Problems).Field);
    }

    [Fact]
    public async Task A_vehicle_with_a_licence_in_force_cannot_be_licensed_twice()
    {
        LicenceForm Vehicle(string plate) => new()
        {
            Kind = LicenceKind.Vehicle, VehicleType = LicenceType.PrivateHireVehicle, PlateNumber = plate, Registration = "KX19 ABC",
            Make = "Toyota", Model = "Prius", Colour = "Silver", IssuedOn = Build.Today.AddMonths(-1), ExpiresOn = Build.Today.AddMonths(11),
        };
        Assert.Empty((await Record(Vehicle("PH0001"))).Problems);
        var second = await Record(Vehicle("PH0002"));
        Assert.Equal("Registration", Assert.Single(second.Problems).Field);
    }

    [Fact]
    public async Task A_surrender_needs_a_note_and_then_ends_the_licence()
    {
        var id = (await Record(Driver())).LicenceId!.Value;
        await using (var db = database.NewContext())
        {
            var refused = await LicenceHistory.SurrenderAsync(db, id, 0, Build.Today, " ");
            Assert.Equal("Note", refused!.Field);
        }
        await using (var db = database.NewContext())
            Assert.Null(await LicenceHistory.SurrenderAsync(db, id, 0, Build.Today, "Badge handed in at the counter"));
        await using var read = database.NewContext();
        var licence = await read.Licences.SingleAsync();
        Assert.Equal(LicenceStatus.Surrendered, licence.Status);
        Assert.Contains(await LicenceHistory.ForAsync(read, licence), i => i.Title == "Driver licence surrendered" && i.Details!.Contains("Status note: (blank) → Badge handed in at the counter"));
    }

    public void Dispose() => database.Dispose();
}
