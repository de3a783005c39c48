using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;

namespace Licensing.Domain.Concerns;

/// <summary>Finds concerns by anything they identify: a registration typed any way, a phone in any format, a nickname or a place.</summary>
public static class ConcernSearch
{
    public static IQueryable<Concern> ByIdentifier(LicensingDbContext db, string text)
    {
        var compact = SearchText.Compact(text);
        var phone = PhoneNumber.Normalise(text) ?? "\u0000";
        var words = SearchText.Normalise(text);
        if (compact.Length == 0) return db.Concerns.Where(c => false);
        var matching = db.ConcernIdentifiers.Where(i =>
            ((i.Kind == IdentifierKind.VehicleRegistration || i.Kind == IdentifierKind.PlateOrBadge) && i.SearchValue == compact) ||
            (i.Kind == IdentifierKind.Phone && i.SearchValue == phone) ||
            ((i.Kind == IdentifierKind.Nickname || i.Kind == IdentifierKind.Description || i.Kind == IdentifierKind.Place) && i.SearchValue.Contains(words)))
            .Select(i => i.ConcernId);
        var reference = text.Trim().ToUpperInvariant();
        return db.Concerns.Where(c => matching.Contains(c.Id) || c.Reference == reference);
    }
}
