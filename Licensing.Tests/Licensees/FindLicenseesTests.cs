using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Licensees;

namespace Licensing.Tests.Licensees;

public class FindLicenseesTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly Person sarah = Person.Create(Build.PersonDetails() with { Forenames = "Sárah Jane", PreviousSurnames = ["Évans"], Phone = "07700 900123" }, Build.Today);

    public FindLicenseesTests()
    {
        using var db = database.NewContext();
        db.People.Add(sarah);
        db.People.Add(Person.Create(Build.PersonDetails("Omar", "Khan", new DateOnly(1980, 1, 2), "KHAN9801020O99AB") with { Phone = "01632 960000" }, Build.Today));
        db.Licences.Add(Build.DriverLicence(sarah, "DL01001", "1001"));
        db.Licences.Add(VehicleLicence.Grant(Build.Grant(sarah, LicenceType.PrivateHireVehicle), sarah.Id, LicenceType.PrivateHireVehicle, "PH0001",
            new VehicleDetails("KX19 ABC", "Toyota", "Prius", "Silver"), Build.Today.AddMonths(-1), Build.Today.AddMonths(11)));
        db.SaveChanges();
    }

    private async Task<IReadOnlyList<string>> Find(string? text, DateOnly? dob = null)
    {
        await using var db = database.NewContext();
        return (await FindLicensees.RunAsync(db, new FindLicensees.Query(text, dob))).Rows.Select(r => r.Name).ToList();
    }

    [Theory]
    [InlineData("sarah")]
    [InlineData("SARAH MORG")]
    [InlineData("jane morgan")]
    [InlineData("evans")]
    [InlineData("Évans Sárah")]
    public async Task Names_match_in_part_ignoring_case_accents_and_including_previous_surnames(string text) =>
        Assert.Equal(["Sárah Jane Morgan"], await Find(text));

    [Theory]
    [InlineData("kx19abc")]
    [InlineData("KX 19 ABC")]
    [InlineData("dl01001")]
    [InlineData("1001")]
    [InlineData("PH 0001")]
    [InlineData("morga657054sm9ij")]
    [InlineData("+44 7700 900123")]
    [InlineData("07700900123")]
    public async Task Numbers_match_licence_badge_registration_driving_licence_and_phone_ignoring_spaces_and_case(string text) =>
        Assert.Equal(["Sárah Jane Morgan"], await Find(text));

    [Fact]
    public async Task A_date_of_birth_narrows_a_search_or_searches_on_its_own()
    {
        Assert.Equal(["Omar Khan"], await Find(null, new DateOnly(1980, 1, 2)));
        Assert.Empty(await Find("sarah", new DateOnly(1980, 1, 2)));
    }

    [Fact]
    public async Task Results_list_each_persons_licences_with_their_status()
    {
        await using var db = database.NewContext();
        var row = (await FindLicensees.RunAsync(db, new FindLicensees.Query("morgan", null))).Rows.Single();
        Assert.Equal(["DL01001", "PH0001"], row.Licences.Select(l => l.Number));
        Assert.All(row.Licences, l => Assert.Equal(LicenceStatus.Granted, l.Status));
        Assert.Equal("KX19 ABC", row.Licences[1].Registration);
    }

    [Fact]
    public async Task Results_come_a_page_at_a_time()
    {
        await using (var db = database.NewContext())
        {
            for (var i = 0; i < 45; i++) db.People.Add(Build.Person($"Person{i:D2}", "Pager", licence: null));
            await db.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        var third = await FindLicensees.RunAsync(read, new FindLicensees.Query("pager", null, Page: 3));
        Assert.Equal(45, third.Total);
        Assert.Equal(3, third.PageCount);
        Assert.Equal(5, third.Rows.Count);
        Assert.Equal("Person40 Pager", third.Rows[0].Name);
    }

    public void Dispose() => database.Dispose();
}
