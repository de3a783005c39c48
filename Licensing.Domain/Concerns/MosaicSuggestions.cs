using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Concerns;

/// <summary>
/// The mosaic: an unlinked concern whose vehicle registration, plate, badge or phone matches
/// something we know about a licensee is suggested for linking — from the person's side (their page)
/// and from the concern's side. A suggestion is only that: linking is an officer's audited step.
/// </summary>
public static class MosaicSuggestions
{
    public sealed record ForPerson(Guid ConcernId, string Reference, ConcernCategory Category, DateOnly ReceivedOn, IdentifierKind Kind, string Value, string MatchedOn);

    public sealed record ForConcern(Guid PersonId, string Name, Guid? LicenceId, IdentifierKind Kind, string Value, string MatchedOn);

    /// <summary>Unlinked concerns that share an identifier with this person or the licences they hold.</summary>
    public static async Task<IReadOnlyList<ForPerson>> ForPersonAsync(LicensingDbContext db, Guid personId, CancellationToken ct = default)
    {
        var known = await KnownIdentifiersAsync(db, personId, ct);
        if (known.Count == 0) return [];
        var values = known.Select(k => k.Value).Distinct().ToList();
        var hits = await db.ConcernIdentifiers
            .Where(i => values.Contains(i.SearchValue) && (i.Kind == IdentifierKind.VehicleRegistration || i.Kind == IdentifierKind.PlateOrBadge || i.Kind == IdentifierKind.Phone))
            .Join(db.Concerns.Where(c => c.PersonId == null), i => i.ConcernId, c => c.Id, (i, c) => new { c.Id, c.Reference, c.Category, c.ReceivedOn, i.Kind, i.Value, i.SearchValue })
            .ToListAsync(ct);
        return hits
            .SelectMany(h => known.Where(k => k.Value == h.SearchValue && k.Kind == h.Kind)
                .Select(k => new ForPerson(h.Id, h.Reference, h.Category, h.ReceivedOn, h.Kind, h.Value, k.Description)))
            .DistinctBy(s => (s.ConcernId, s.Kind, s.Value))
            .OrderBy(s => s.Category).ThenByDescending(s => s.ReceivedOn)
            .ToList();
    }

    /// <summary>Licensees whose registration, plate, badge or phone matches this unlinked concern's identifiers.</summary>
    public static async Task<IReadOnlyList<ForConcern>> ForConcernAsync(LicensingDbContext db, Guid concernId, CancellationToken ct = default)
    {
        var concern = await db.Concerns.Include(c => c.Identifiers).SingleAsync(c => c.Id == concernId, ct);
        if (concern.PersonId is not null) return [];
        var results = new List<ForConcern>();
        foreach (var id in concern.Identifiers)
        {
            var v = id.SearchValue;
            switch (id.Kind)
            {
                case IdentifierKind.VehicleRegistration:
                    results.AddRange(await MatchLicences(db, db.VehicleLicences.Where(l => l.SearchRegistration == v && l.HolderId != null).Select(l => new Hit(l.HolderId, l.Id, "vehicle registration on licence " + l.Number)), id, ct));
                    break;
                case IdentifierKind.PlateOrBadge:
                    results.AddRange(await MatchLicences(db, db.DriverLicences.Where(l => l.SearchBadgeNumber == v && l.HolderId != null).Select(l => new Hit(l.HolderId, l.Id, "driver's badge " + l.BadgeNumber)), id, ct));
                    results.AddRange(await MatchLicences(db, db.Licences.Where(l => l.SearchNumber == v && l.HolderId != null).Select(l => new Hit(l.HolderId, l.Id, "licence or plate number " + l.Number)), id, ct));
                    break;
                case IdentifierKind.Phone:
                    results.AddRange((await db.People.Where(p => p.SearchPhone == v).Select(p => new { p.Id, p.Forenames, p.Surname }).ToListAsync(ct))
                        .Select(p => new ForConcern(p.Id, $"{p.Forenames} {p.Surname}", null, id.Kind, id.Value, "phone number on their record")));
                    break;
            }
        }
        return results.DistinctBy(r => (r.PersonId, r.Kind, r.Value)).ToList();
    }

    private sealed record Hit(Guid? PersonId, Guid LicenceId, string What);

    private static async Task<IEnumerable<ForConcern>> MatchLicences(LicensingDbContext db, IQueryable<Hit> query, ConcernIdentifier id, CancellationToken ct)
    {
        var hits = await query.ToListAsync(ct);
        var ids = hits.Select(h => h.PersonId!.Value).Distinct().ToList();
        var names = await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Forenames + " " + p.Surname, ct);
        return hits.Select(h => new ForConcern(h.PersonId!.Value, names.GetValueOrDefault(h.PersonId.Value, "?"), h.LicenceId, id.Kind, id.Value, h.What));
    }

    private sealed record Known(string Value, IdentifierKind Kind, string Description);

    private static async Task<List<Known>> KnownIdentifiersAsync(LicensingDbContext db, Guid personId, CancellationToken ct)
    {
        var known = new List<Known>();
        var phone = await db.People.Where(p => p.Id == personId).Select(p => p.SearchPhone).SingleOrDefaultAsync(ct);
        if (!string.IsNullOrEmpty(phone)) known.Add(new(phone, IdentifierKind.Phone, "their phone number"));
        foreach (var l in await db.DriverLicences.Where(l => l.HolderId == personId).Select(l => new { l.SearchBadgeNumber, l.BadgeNumber, l.SearchNumber, l.Number }).ToListAsync(ct))
        {
            known.Add(new(l.SearchBadgeNumber, IdentifierKind.PlateOrBadge, $"their badge {l.BadgeNumber}"));
            known.Add(new(l.SearchNumber, IdentifierKind.PlateOrBadge, $"their licence {l.Number}"));
        }
        foreach (var v in await db.VehicleLicences.Where(l => l.HolderId == personId).Select(l => new { l.SearchRegistration, l.Registration, l.SearchNumber, l.Number }).ToListAsync(ct))
        {
            known.Add(new(v.SearchRegistration, IdentifierKind.VehicleRegistration, $"their licensed vehicle {v.Registration}"));
            known.Add(new(v.SearchNumber, IdentifierKind.PlateOrBadge, $"their vehicle plate {v.Number}"));
        }
        return known;
    }
}
