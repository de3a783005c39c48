using Bunit;
using Licensing.Domain.Applications;
using Licensing.Domain.Licensees;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Applications;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Licensing.Tests.Applications;

/// <summary>
/// A refused application names the field at fault for a screen reader: the select, input or group beside the
/// message points at it (aria-describedby), so the officer hears the problem on reaching the field.
/// </summary>
public class ApplicationErrorMessageTests : PageTestContext
{
    private readonly Guid personId;

    public ApplicationErrorMessageTests()
    {
        using (var db = Database.NewContext())
        {
            var person = Build.Person("Rhys", "Reader", licence: null);
            db.People.Add(person);
            db.SaveChanges();
            personId = person.Id;
        }
        Services.AddSingleton(Options.Create(new ApplicationOptions()));
        AsOfficer();
    }

    private IRenderedComponent<NewApplication> NewApplicationPage()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/applications/new?personId={personId}");
        var cut = Render<NewApplication>();
        cut.WaitForAssertion(() => cut.Find("#ReceivedOn-day"));
        return cut;
    }

    [Fact]
    public async Task A_renewal_without_the_licence_it_renews_names_the_message_on_the_licence_choice()
    {
        var cut = NewApplicationPage();
        cut.Find("#Kind-Renewal").Change(true);
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Choose the licence this application renews", cut.Find("#RenewsLicenceId-error").TextContent));
        Assert.Equal("RenewsLicenceId-error", cut.Find("#RenewsLicenceId").GetAttribute("aria-describedby"));
        cut.AssertEachNamedByItsField();
        Assert.Equal(0, await QueryAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task A_vehicle_with_an_implausible_registration_names_the_message_on_the_registration_box()
    {
        var cut = NewApplicationPage();
        cut.Find("#LicenceType").Change(nameof(LicenceType.PrivateHireVehicle));
        cut.Find("#Registration").Change("??");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Enter the vehicle registration, like AB12 CDE", cut.Find("#Registration-error").TextContent));
        cut.AssertEachNamedByItsField();
        // Only the field at fault names a message.
        Assert.Null(cut.Find("#Make").GetAttribute("aria-describedby"));
        Assert.Equal(0, await QueryAsync(db => db.Applications.CountAsync()));
    }
}
