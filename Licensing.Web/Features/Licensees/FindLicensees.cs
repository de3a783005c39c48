using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Licensees;

/// <summary>
/// The licensee search. One box takes a name or a number: text without digits is a name (every word must
/// appear in the forenames or in the current or a previous surname, ignoring case and accents); text
/// with digits is a number (driving licence, licence, badge, vehicle registration or phone, ignoring spaces).
/// A date of birth narrows either, or searches on its own. Matching uses the normalised Search* columns,
/// so SQLite and SQL Server find the same people.
/// </summary>
public static class FindLicensees
{
    public const int PageSize = 20;

    public sealed record Query(string? Text, DateOnly? DateOfBirth, int Page = 1);

    public sealed record Row(Guid Id, string Name, DateOnly DateOfBirth, string? DrivingLicenceNumber, string? Address, IReadOnlyList<LicenceLine> Licences);

    public sealed record LicenceLine(Guid Id, string Number, LicenceType Type, LicenceStatus Status, string? Registration);

    public sealed record Results(IReadOnlyList<Row> Rows, int Total, int Page)
    {
        public int PageCount => (Total + PageSize - 1) / PageSize;
    }

    public static bool IsEmpty(Query q) => string.IsNullOrWhiteSpace(q.Text) && q.DateOfBirth is null;

    public static async Task<Results> RunAsync(LicensingDbContext db, Query q, CancellationToken ct = default)
    {
        if (IsEmpty(q)) return new Results([], 0, 1);
        var people = Matching(db, q);
        var total = await people.CountAsync(ct);
        var page = Math.Clamp(q.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var found = await people.OrderBy(p => p.SearchSurname).ThenBy(p => p.SearchForenames).ThenBy(p => p.DateOfBirth)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new { p.Id, p.Forenames, p.Surname, p.DateOfBirth, p.DrivingLicenceNumber, p.Address })
            .ToListAsync(ct);
        var ids = found.Select(p => p.Id).ToList();
        var licences = await db.Licences.Where(l => l.HolderId != null && ids.Contains(l.HolderId.Value))
            .Select(l => new { HolderId = l.HolderId!.Value, Line = new LicenceLine(l.Id, l.Number, l.Type, l.Status, l is VehicleLicence ? ((VehicleLicence)l).Registration : null) })
            .ToListAsync(ct);
        var rows = found.Select(p => new Row(p.Id, $"{p.Forenames} {p.Surname}", p.DateOfBirth, p.DrivingLicenceNumber, p.Address.ToString(),
            licences.Where(l => l.HolderId == p.Id).Select(l => l.Line).OrderBy(l => l.Type).ThenBy(l => l.Number).ToList())).ToList();
        return new Results(rows, total, page);
    }

    private static IQueryable<Person> Matching(LicensingDbContext db, Query q)
    {
        IQueryable<Person> people = db.People;
        if (q.DateOfBirth is { } dob) people = people.Where(p => p.DateOfBirth == dob);
        if (string.IsNullOrWhiteSpace(q.Text)) return people;

        var compact = SearchText.Compact(q.Text);
        if (!compact.Any(char.IsDigit))
        {
            foreach (var word in SearchText.Normalise(q.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                people = people.Where(p => p.SearchForenames.Contains(word) || p.SearchAllSurnames.Contains(word));
            return people;
        }

        var digits = PhoneNumber.Normalise(q.Text) ?? "";
        var byLicence = db.Licences.Where(l => l.SearchNumber.Contains(compact)
                || (l is DriverLicence && ((DriverLicence)l).SearchBadgeNumber == compact)
                || (l is VehicleLicence && ((VehicleLicence)l).SearchRegistration.Contains(compact)))
            .Where(l => l.HolderId != null).Select(l => l.HolderId!.Value);
        var phoneLike = digits.Length >= 6 && compact.All(char.IsDigit);
        return people.Where(p => byLicence.Contains(p.Id)
            || (p.DrivingLicenceNumber != null && p.DrivingLicenceNumber.Contains(compact))
            || p.NationalInsuranceNumber == compact
            || (phoneLike && p.SearchPhone != null && p.SearchPhone.Contains(digits)));
    }
}
