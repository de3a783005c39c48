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

    private static readonly DateOnly Agreed = new(2024, 3, 1);

    private static Licensing.Domain.Licensees.Person Agreeing() =>
        Licensing.Domain.Licensees.Person.Create(Build.PersonDetails() with { Email = "sarah@example.com", EmailServiceAgreedOn = Agreed }, Build.Today);

    [Fact]
    public void Agreement_to_email_service_is_recorded_for_the_address_it_was_given_for()
    {
        var p = Agreeing();
        Assert.Equal("sarah@example.com", p.EmailServiceAgreedFor);
        Assert.True(p.MayBeServedByEmail);
        p.Update(p.Details() with { Email = " SARAH@example.com " }, Build.Today); // the same address, typed differently
        Assert.Equal(Agreed, p.EmailServiceAgreedOn);
        Assert.True(p.MayBeServedByEmail);
    }

    [Fact]
    public void Changing_the_email_address_withdraws_the_agreement_unless_a_new_one_is_recorded()
    {
        var p = Agreeing();
        Assert.True(p.ChangingEmailWithdrawsAgreement("sarah.new@example.com"));
        p.Update(p.Details() with { Email = "sarah.new@example.com" }, Build.Today);
        Assert.Null(p.EmailServiceAgreedOn);
        Assert.Null(p.EmailServiceAgreedFor);
        Assert.False(p.MayBeServedByEmail);

        p.Update(p.Details() with { EmailServiceAgreedOn = new DateOnly(2026, 6, 1) }, Build.Today);
        Assert.Equal("sarah.new@example.com", p.EmailServiceAgreedFor);
        Assert.True(p.MayBeServedByEmail);
    }
}
