using Licensing.Domain.Common;
using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Licensees;

public class PersonTests
{
    [Fact]
    public void A_date_of_birth_in_the_future_is_refused() =>
        Assert.Equal("DateOfBirth", Assert.Throws<DomainRuleException>(() => Build.Person(dob: Build.Today.AddDays(1))).Field);

    [Fact]
    public void A_person_under_18_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Build.Person(dob: Build.Today.AddYears(-18).AddDays(1), licence: null));
        Assert.Contains("at least 18", ex.Message);
        Build.Person(dob: Build.Today.AddYears(-18), licence: null); // 18 today is fine
    }

    [Fact]
    public void A_malformed_licence_number_is_refused_on_its_field() =>
        Assert.Equal("DrivingLicenceNumber", Assert.Throws<DomainRuleException>(() => Build.Person(licence: "NOT-A-LICENCE")).Field);

    [Fact]
    public void Names_are_kept_as_typed_and_searchable_without_case_or_accents()
    {
        var p = Build.Person("Zoë", "Ó Briain", licence: null);
        Assert.Equal("Ó Briain", p.Surname);
        Assert.Equal("O BRIAIN", p.SearchSurname);
        Assert.Equal("ZOE", p.SearchForenames);
    }
}
