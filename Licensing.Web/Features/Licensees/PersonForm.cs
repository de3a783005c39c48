using System.ComponentModel.DataAnnotations;
using Licensing.Domain.Licensees;

namespace Licensing.Web.Features.Licensees;

/// <summary>What the officer types on the person form; the rules themselves live on <see cref="Person"/>.</summary>
public sealed class PersonForm
{
    [Required(ErrorMessage = "Enter the forenames")] public string? Forenames { get; set; }
    [Required(ErrorMessage = "Enter the surname")] public string? Surname { get; set; }
    /// <summary>One per line (or separated by commas).</summary>
    public string? PreviousSurnames { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? DrivingLicenceNumber { get; set; }
    public string? NationalInsuranceNumber { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? Phone { get; set; }
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")] public string? Email { get; set; }
    public DateOnly? EmailServiceAgreedOn { get; set; }

    public static PersonForm From(Person p) => new()
    {
        Forenames = p.Forenames,
        Surname = p.Surname,
        PreviousSurnames = string.Join(Environment.NewLine, p.PreviousSurnames),
        DateOfBirth = p.DateOfBirth,
        DrivingLicenceNumber = p.DrivingLicenceNumber,
        NationalInsuranceNumber = p.NationalInsuranceNumber,
        AddressLine1 = p.Address.Line1,
        AddressLine2 = p.Address.Line2,
        Town = p.Address.Town,
        Postcode = p.Address.Postcode,
        Phone = p.Phone,
        Email = p.Email,
        EmailServiceAgreedOn = p.EmailServiceAgreedOn,
    };

    public PersonDetails ToDetails() => new(Forenames ?? "", Surname ?? "",
        (PreviousSurnames ?? "").Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        DateOfBirth ?? default, DrivingLicenceNumber, NationalInsuranceNumber,
        new Address(Blank(AddressLine1), Blank(AddressLine2), Blank(Town), Blank(Postcode)), Phone, Email, EmailServiceAgreedOn);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
