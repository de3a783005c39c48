using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;

namespace Licensing.Tests.Infrastructure;

/// <summary>Small builders for test data, through the same domain methods the product uses.</summary>
public static class Build
{
    public static readonly DateOnly Today = new(2026, 6, 15);

    public static PersonDetails PersonDetails(string forenames = "Sarah Mary", string surname = "Morgan", DateOnly? dob = null, string? licence = "MORGA657054SM9IJ") =>
        new(forenames, surname, [], dob ?? new DateOnly(1964, 7, 5), licence, "AB123456C",
            new Address("1 High Street", null, "Eastbrook", "EB1 1AA"), "07700 900123", "driver@example.com", null);

    public static Person Person(string forenames = "Sarah Mary", string surname = "Morgan", DateOnly? dob = null, string? licence = "MORGA657054SM9IJ") =>
        Domain.Licensees.Person.Create(PersonDetails(forenames, surname, dob, licence), Today);

    public static Decision Grant(Person p, LicenceType type = LicenceType.PrivateHireDriver) =>
        Decision.Record(new DecisionDraft(p.Id, DecisionKind.Grant, type, DecisionMaker.AuthorisedOfficer, "Maya Manager", "Fit and proper", Today.AddYears(-1)), DateTime.UtcNow);

    public static DriverLicence DriverLicence(Person p, string number = "DL00001", string badge = "1001", string? conditions = null) =>
        Domain.Licensees.DriverLicence.Grant(Grant(p), p.Id, LicenceType.PrivateHireDriver, number, badge, Today.AddYears(-1), Today.AddYears(2), conditions);

    /// <summary>A suspension, unless <paramref name="suspendedFor"/> says otherwise, is for 30 days.</summary>
    public static Decision Adverse(Licence licence, Person p, DecisionKind kind, bool immediate = false, SuspensionPeriod? suspendedFor = null) =>
        Decision.Record(new DecisionDraft(p.Id, kind, licence.Type, DecisionMaker.AuthorisedOfficer, "Maya Manager", "Proven on the evidence", Today,
            GroundsCategory.Safeguarding, licence.Id, ImmediateEffect: immediate, PublicSafetyReasons: immediate ? "Risk to children" : null, SuspensionPeriod: kind == DecisionKind.Suspension ? suspendedFor ?? new SuspensionPeriod(30, SuspensionUnit.Days) : null), DateTime.UtcNow);
}
