using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Concerns;

/// <summary>
/// Development only: the pieces of a mosaic. Unlinked concerns whose registration, phone or nickname
/// match a demo licensee (so the suggestions show), an intelligence-only record, and concerns
/// waiting for triage (one safeguarding, flagged).
/// </summary>
public static class DemoConcerns
{
    public const string UnlinkedPlate = "PH0003";

    public static async Task SeedAsync(LicensingDbContext db)
    {
        if (await db.Concerns.AnyAsync()) return;
        var today = db.Today;
        var vehicle = await db.VehicleLicences.SingleAsync(v => v.Number == UnlinkedPlate);
        var phoneOwner = await db.People.Where(p => p.Phone != null).OrderBy(p => p.Surname).Skip(40).FirstAsync();
        var count = 0;

        void Add(ConcernSource source, ConcernCategory category, Grading grading, string narrative, int daysAgo, (IdentifierKind, string)[] identifiers,
            string? sourceDetail = null, string? place = null, Guid? personId = null, TriageOutcome? triage = null, string? triageReasons = null)
        {
            var concern = Concern.Record(new ConcernDraft(source, category, grading, narrative, today.AddDays(-daysAgo), identifiers, sourceDetail,
                today.AddDays(-daysAgo - 1), place, personId), $"CN-{today.Year}-{++count:D4}", "Olivia Officer", today, db.UtcNow);
            if (triage is { } t) concern.TriageAs(t, triageReasons, "Maya Manager", db.UtcNow);
            db.Concerns.Add(concern);
        }

        Add(ConcernSource.School, ConcernCategory.Safeguarding, new(SourceGrade.Untested, InformationGrade.KnownDirectly, HandlingCode.LawfulSharingPermitted),
            "Head of year reports a silver private hire car collecting a Year 9 girl from the school gates twice this week; the driver is known to her as \"Kaz\".",
            0, [(IdentifierKind.VehicleRegistration, vehicle.Registration), (IdentifierKind.Nickname, "Kaz")], "Eastbrook Academy, designated safeguarding lead", "School gates, Mill Lane");
        Add(ConcernSource.Police, ConcernCategory.Safeguarding, new(SourceGrade.Reliable, InformationGrade.KnownIndirectly, HandlingCode.ConditionsApply),
            "Intelligence that children are being given lifts to parties from the takeaway on Market Street by a driver using the phone number below.",
            12, [(IdentifierKind.Phone, phoneOwner.Phone!), (IdentifierKind.Description, "Asian male, 30s, beard")], "CSE team, DS 4411", "Market Street takeaway",
            triage: TriageOutcome.IntelligenceOnly);
        Add(ConcernSource.Public, ConcernCategory.Fares, Grading.Untested,
            "Passenger charged £45 for a 3-mile journey from the station; meter was not running.", 9, [(IdentifierKind.PlateOrBadge, "HC9999")], "Member of the public by email", "Eastbrook station rank");
        Add(ConcernSource.CouncilEnforcement, ConcernCategory.Vehicle, new(SourceGrade.Reliable, InformationGrade.KnownDirectly, HandlingCode.LawfulSharingPermitted),
            "Night-time compliance check: offside rear tyre below legal limit; vehicle taken off the road until replaced.", 20, [(IdentifierKind.VehicleRegistration, "YR21 KLM")],
            "Enforcement officer night shift", "Station rank", triage: TriageOutcome.NoFurtherAction, triageReasons: "Tyre replaced the same night; no previous vehicle defects");
        await db.SaveChangesAsync();
    }
}
