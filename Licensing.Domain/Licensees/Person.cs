using Licensing.Domain.Common;

namespace Licensing.Domain.Licensees;

/// <summary>
/// Someone the authority licenses, or has refused, or holds concerns about. Identity fields are kept
/// with normalised twins that searches use, so both database providers match the same way.
/// </summary>
public sealed class Person : IVersioned, IBelongsToPerson
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Forenames { get; private set; } = "";
    public string Surname { get; private set; } = "";
    public List<string> PreviousSurnames { get; private set; } = [];
    public DateOnly DateOfBirth { get; private set; }
    public string? DrivingLicenceNumber { get; private set; }
    public bool DrivingLicenceIsNorthernIreland { get; private set; }
    public string? NationalInsuranceNumber { get; private set; }
    public Address Address { get; private set; } = new();
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    /// <summary>Notices may be served by email only where the licensee agreed to it in writing.</summary>
    public DateOnly? EmailServiceAgreedOn { get; private set; }
    /// <summary>
    /// The address that agreement was given for. Null on a record saved before addresses were recorded with
    /// the agreement: that agreement is taken to be for the address held then (as the service always did).
    /// </summary>
    public string? EmailServiceAgreedFor { get; private set; }

    /// <summary>Notices may be emailed: the licensee agreed in writing to notices at the address now held.</summary>
    public bool MayBeServedByEmail =>
        EmailServiceAgreedOn is not null && Email is not null && SameAddress(EmailServiceAgreedFor ?? Email, Email);

    public string SearchForenames { get; private set; } = "";
    public string SearchSurname { get; private set; } = "";
    /// <summary>Current and previous surnames, normalised, separated by '|', for partial-name search.</summary>
    public string SearchAllSurnames { get; private set; } = "";
    public string? SearchPhone { get; private set; }
    public int Version { get; set; }

    Guid? IBelongsToPerson.TimelinePersonId => Id;

    public string FullName => $"{Forenames} {Surname}";

    private Person() { }

    public static Person Create(PersonDetails details, DateOnly today)
    {
        var person = new Person();
        person.Update(details, today);
        return person;
    }

    /// <summary>Every rule the details break, so a form can show them all at once; <see cref="Update"/> refuses the first.</summary>
    public static IReadOnlyList<DomainRuleException> Check(PersonDetails d, DateOnly today)
    {
        var problems = new List<DomainRuleException>();
        void Problem(string message, string field) => problems.Add(new DomainRuleException(message, field));
        if (string.IsNullOrWhiteSpace(d.Forenames)) Problem("Enter the forenames", nameof(d.Forenames));
        if (string.IsNullOrWhiteSpace(d.Surname)) Problem("Enter the surname", nameof(d.Surname));
        if (d.DateOfBirth > today) Problem("Date of birth must be in the past", nameof(d.DateOfBirth));
        else if (d.DateOfBirth > today.AddYears(-18)) Problem("The person must be at least 18 years old", nameof(d.DateOfBirth));
        else if (d.DateOfBirth < today.AddYears(-120)) Problem("Date of birth must be a real date of birth", nameof(d.DateOfBirth));
        if (!string.IsNullOrWhiteSpace(d.DrivingLicenceNumber) && !Licensees.DrivingLicenceNumber.TryParse(d.DrivingLicenceNumber, out _, out var error))
            Problem(error!, nameof(d.DrivingLicenceNumber));
        if (!string.IsNullOrWhiteSpace(d.NationalInsuranceNumber) && !Licensees.NationalInsuranceNumber.IsValid(d.NationalInsuranceNumber))
            Problem("Enter a National Insurance number in the correct format, like AB 12 34 56 C", nameof(d.NationalInsuranceNumber));
        if (d.EmailServiceAgreedOn is not null && string.IsNullOrWhiteSpace(d.Email))
            Problem("Enter the email address the licensee agreed notices may be served to", nameof(d.Email));
        if (d.EmailServiceAgreedOn > today)
            Problem("The date the licensee agreed to email service must be today or in the past", nameof(d.EmailServiceAgreedOn));
        return problems;
    }

    public void Update(PersonDetails d, DateOnly today)
    {
        if (Check(d, today) is [var first, ..]) throw first;
        DrivingLicenceNumber? licence = null;
        if (!string.IsNullOrWhiteSpace(d.DrivingLicenceNumber)) Licensees.DrivingLicenceNumber.TryParse(d.DrivingLicenceNumber, out licence, out _);

        Forenames = d.Forenames.Trim();
        Surname = d.Surname.Trim();
        PreviousSurnames = d.PreviousSurnames.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        DateOfBirth = d.DateOfBirth;
        DrivingLicenceNumber = licence?.Value;
        DrivingLicenceIsNorthernIreland = licence?.IsNorthernIreland ?? false;
        NationalInsuranceNumber = Licensees.NationalInsuranceNumber.Normalise(d.NationalInsuranceNumber);
        Address = d.Address with { Postcode = d.Address.Postcode?.Trim().ToUpperInvariant() };
        Phone = string.IsNullOrWhiteSpace(d.Phone) ? null : d.Phone.Trim();
        var email = string.IsNullOrWhiteSpace(d.Email) ? null : d.Email.Trim();
        AgreeToEmailService(email, d.EmailServiceAgreedOn);
        Email = email;

        SearchForenames = SearchText.Normalise(Forenames);
        SearchSurname = SearchText.Normalise(Surname);
        SearchAllSurnames = string.Join('|', new[] { Surname }.Concat(PreviousSurnames).Select(SearchText.Normalise));
        SearchPhone = PhoneNumber.Normalise(Phone);
    }

    /// <summary>
    /// Agreement to email service belongs to one address. A new agreement date records an agreement for the
    /// address given with it; the same date kept with a different address withdraws it, because the licensee
    /// agreed to notices at the old address, not the new one (docs/NOTICES.md).
    /// </summary>
    private void AgreeToEmailService(string? email, DateOnly? agreedOn)
    {
        var keep = agreedOn is not null && !WouldWithdrawEmailAgreement(email, agreedOn);
        (EmailServiceAgreedOn, EmailServiceAgreedFor) = keep ? (agreedOn, email) : (null, null);
    }

    /// <summary>Whether saving this email with this agreement date would withdraw the agreement: the same date kept for another address.</summary>
    public bool WouldWithdrawEmailAgreement(string? email, DateOnly? agreedOn) =>
        agreedOn is not null && agreedOn == EmailServiceAgreedOn && ChangingEmailWithdrawsAgreement(email);

    /// <summary>Whether changing the email address to this one would withdraw the agreement to email service.</summary>
    public bool ChangingEmailWithdrawsAgreement(string? email) =>
        EmailServiceAgreedOn is not null && (string.IsNullOrWhiteSpace(email) || !SameAddress(EmailServiceAgreedFor ?? Email, email.Trim()));

    private static bool SameAddress(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Warnings, not errors: the licence number may predate a change of name.</summary>
    public IReadOnlyList<string> LicenceNumberWarnings() =>
        DrivingLicenceNumber is null || !Licensees.DrivingLicenceNumber.TryParse(DrivingLicenceNumber, out var n, out _)
            ? []
            : n!.InconsistenciesWith(Surname, Forenames, DateOfBirth, PreviousSurnames);

    public PersonDetails Details() => new(Forenames, Surname, PreviousSurnames.ToList(), DateOfBirth,
        DrivingLicenceNumber, NationalInsuranceNumber, Address, Phone, Email, EmailServiceAgreedOn);
}

public sealed record PersonDetails(
    string Forenames,
    string Surname,
    IReadOnlyList<string> PreviousSurnames,
    DateOnly DateOfBirth,
    string? DrivingLicenceNumber,
    string? NationalInsuranceNumber,
    Address Address,
    string? Phone,
    string? Email,
    DateOnly? EmailServiceAgreedOn);

public sealed record Address(string? Line1 = null, string? Line2 = null, string? Town = null, string? Postcode = null)
{
    public override string ToString() => string.Join(", ", new[] { Line1, Line2, Town, Postcode }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

public static class PhoneNumber
{
    /// <summary>Digits only, with a UK +44 prefix turned back into 0, so "07700 900123" matches "+447700900123".</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var digits = new string(text.Where(char.IsDigit).ToArray());
        if (digits.StartsWith("44", StringComparison.Ordinal) && text.TrimStart().StartsWith('+')) digits = "0" + digits[2..];
        return digits.Length == 0 ? null : digits;
    }
}
