using Licensing.Domain.Audit;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Licensees;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Licensees;

public class SavePersonTests : IDisposable
{
    private readonly TestDatabase database = new();

    private async Task<SavePerson.Outcome> Save(Guid? id, int version, Domain.Licensees.PersonDetails details, Actor? actor = null)
    {
        await using var db = database.NewContext(actor);
        return await SavePerson.RunAsync(db, id, version, details);
    }

    [Fact]
    public async Task Every_broken_rule_is_reported_at_once_against_its_field_and_nothing_is_saved()
    {
        var outcome = await Save(null, 0, Build.PersonDetails() with { Forenames = " ", DateOfBirth = Build.Today.AddYears(-17), DrivingLicenceNumber = "MORGAN12345" });
        Assert.False(outcome.Saved);
        Assert.Equal(["Forenames", "DateOfBirth", "DrivingLicenceNumber"], outcome.Problems.Select(p => p.Field));
        Assert.Contains("at least 18", outcome.Problems[1].Message);
        await using var db = database.NewContext();
        Assert.Equal(0, await db.People.CountAsync());
    }

    [Fact]
    public async Task A_date_of_birth_in_the_future_is_refused()
    {
        var outcome = await Save(null, 0, Build.PersonDetails() with { DateOfBirth = Build.Today.AddDays(1) });
        Assert.Equal("Date of birth must be in the past", Assert.Single(outcome.Problems).Message);
    }

    [Fact]
    public async Task A_driving_licence_number_already_on_someone_elses_record_is_refused()
    {
        Assert.True((await Save(null, 0, Build.PersonDetails())).Saved);
        var second = await Save(null, 0, Build.PersonDetails("Sam", "Morgan"));
        var problem = Assert.Single(second.Problems);
        Assert.Equal("DrivingLicenceNumber", problem.Field);
        Assert.Contains("already on the record of Sarah Mary Morgan", problem.Message);
    }

    [Fact]
    public async Task The_second_of_two_simultaneous_edits_is_refused_with_a_clear_message()
    {
        var created = await Save(null, 0, Build.PersonDetails());
        var id = created.PersonId!.Value;
        var first = await Save(id, 0, Build.PersonDetails() with { Phone = "01632 000001" }, new Actor("a", "Olivia Officer"));
        var second = await Save(id, 0, Build.PersonDetails() with { Email = "new@example.com" }, new Actor("b", "Oscar Officer"));

        Assert.True(first.Saved);
        Assert.Equal(SavePerson.ChangedByOthers, Assert.Single(second.Problems).Message);
        await using var db = database.NewContext();
        var person = await db.People.SingleAsync();
        Assert.Equal("01632 000001", person.Phone);
        Assert.Equal("driver@example.com", person.Email);
    }

    [Fact]
    public async Task An_edit_appears_on_the_timeline_in_words_with_who_made_it()
    {
        var id = (await Save(null, 0, Build.PersonDetails())).PersonId!.Value;
        await Save(id, 0, Build.PersonDetails() with { Phone = "01632 960001", Address = new("2 Mill Lane", null, "Eastbrook", "EB2 2BB") }, new Actor("b", "Oscar Officer"));

        await using var db = database.NewContext();
        var timeline = await PersonTimeline.ForAsync(db, id);
        var latest = timeline[0];
        Assert.Equal("Personal details changed", latest.Title);
        Assert.Equal("Oscar Officer", latest.By);
        Assert.Contains("Phone: 07700 900123 → 01632 960001", latest.Details!);
        Assert.Contains("Address line1: 1 High Street → 2 Mill Lane", latest.Details!);
        Assert.DoesNotContain(latest.Details!, d => d.StartsWith("Search"));
        Assert.Equal("Record created", timeline[^1].Title);
    }

    public void Dispose() => database.Dispose();
}
