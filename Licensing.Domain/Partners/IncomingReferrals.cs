using Licensing.Domain.Common;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Partners;

/// <summary>
/// A concern referred by another licensing authority (2022 Act, s.4): it joins the concerns workflow like
/// any other, awaiting triage, linked to our licensee when the referral identifies one beyond doubt, and
/// the referral is kept to tell the referrer the outcome. Added to the context; the caller saves.
/// </summary>
public static class IncomingReferrals
{
    public static async Task<(PartnerReferral Referral, Concern Concern)> ReceiveAsync(LicensingDbContext db, PartnerReferralDetails details,
        ConcernCategory? category, string partnerCode, string partnerName, CancellationToken ct = default)
    {
        var licence = SearchText.Compact(details.DrivingLicenceNumber);
        var badge = SearchText.Compact(details.BadgeNumber);
        var personId = await IdentifyLicenseeAsync(db, licence, badge, details.Surname, details.DateOfBirth, ct);
        var identifiers = new List<(IdentifierKind, string)>
        {
            (IdentifierKind.Description, Fit($"Named by {partnerName} as {details.Forenames} {details.Surname}"
                + (details.DateOfBirth is { } d ? $", born {d:yyyy-MM-dd}" : "") + (licence.Length > 0 ? $", driving licence {licence}" : ""), ConcernIdentifier.ValueMaxLength)),
        };
        if (badge.Length > 0) identifiers.Add((IdentifierKind.PlateOrBadge, details.BadgeNumber!));
        if (!string.IsNullOrWhiteSpace(details.VehicleRegistration)) identifiers.Add((IdentifierKind.VehicleRegistration, details.VehicleRegistration));
        var concern = Concern.Record(new ConcernDraft(ConcernSource.OtherAuthority, category ?? ConcernCategory.Other, Grading.AwaitingOfficer, details.Narrative, db.Today, identifiers,
                Fit($"{partnerName} ({partnerCode}), referral under the Taxis and Private Hire Vehicles (Safeguarding and Road Safety) Act 2022"
                + (details.Reference is null ? "" : $", their reference {details.Reference}"), Concern.SourceDetailMaxLength),
                details.IncidentDate, PersonId: personId),
            await db.NextConcernReferenceAsync(ct), $"partner:{partnerCode}", db.Today, db.UtcNow);
        db.Concerns.Add(concern);
        var referral = PartnerReferral.Receive(details, partnerCode, partnerName, personId, concern.Id, db.UtcNow);
        db.PartnerReferrals.Add(referral);
        return (referral, concern);
    }

    /// <summary>
    /// The concern's summary lines are shortened to their columns rather than refusing a lawful referral with long
    /// names: the referral itself (<see cref="PartnerReferral"/>) keeps every detail in full.
    /// </summary>
    private static string Fit(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>The licensee here the referral is about: by driving licence number, badge, or surname and date of birth (only when one person fits).</summary>
    private static async Task<Guid?> IdentifyLicenseeAsync(LicensingDbContext db, string licence, string badge, string surname, DateOnly? dob, CancellationToken ct)
    {
        if (licence.Length > 0 && await db.People.Where(p => p.DrivingLicenceNumber == licence).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct) is { } byLicence)
            return byLicence;
        if (badge.Length > 0 && await db.DriverLicences.Where(l => l.SearchBadgeNumber == badge).Select(l => l.HolderId).FirstOrDefaultAsync(ct) is { } byBadge)
            return byBadge;
        if (dob is { } d)
        {
            var normalised = SearchText.Normalise(surname);
            var people = await db.People.Where(p => p.DateOfBirth == d && p.SearchSurname == normalised).Select(p => p.Id).Take(2).ToListAsync(ct);
            if (people.Count == 1) return people[0];
        }
        return null;
    }
}
