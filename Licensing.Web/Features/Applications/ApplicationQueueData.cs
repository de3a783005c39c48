using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Applications;

/// <summary>The officer's work queues: their open applications, those waiting for a decision, and checks running out.</summary>
public sealed record ApplicationQueueData(IReadOnlyList<ApplicationQueueData.Row> Mine, IReadOnlyList<ApplicationQueueData.Row> Waiting, IReadOnlyList<ApplicationQueueData.CheckRow> Checks)
{
    public sealed record Row(Guid Id, string Reference, string Applicant, ApplicationKind Kind, LicenceType LicenceType, DateOnly ReceivedOn, ApplicationStatus Status, string Officer, DateTime? AssessedAt);

    public sealed record CheckRow(Row Row, string Check, string State, bool Overdue);

    private static readonly ApplicationStatus[] Closed = [ApplicationStatus.Granted, ApplicationStatus.Refused, ApplicationStatus.Withdrawn];

    public static async Task<ApplicationQueueData> LoadAsync(LicensingDbContext db, string userId, ApplicationOptions options)
    {
        var rows = await db.Applications.Where(a => !Closed.Contains(a.Status))
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new Row(a.Id, a.Reference, p.Forenames + " " + p.Surname, a.Kind, a.LicenceType, a.ReceivedOn, a.Status, a.OfficerName, a.AssessedAt))
            .ToListAsync();
        var mine = await db.Applications.Where(a => a.OfficerUserId == userId && !Closed.Contains(a.Status)).Select(a => a.Id).ToListAsync();
        var waiting = rows.Where(r => r.Status == ApplicationStatus.Assessed).OrderBy(r => r.AssessedAt).ThenBy(r => r.ReceivedOn).ToList();
        return new(rows.Where(r => mine.Contains(r.Id)).OrderBy(r => r.ReceivedOn).ToList(), waiting, await ChecksAsync(db, rows, options));
    }

    /// <summary>
    /// Open applications' required checks that have expired or run out soon, and licensed drivers'
    /// six-monthly DBS Update Service checks (on the application that granted them) that are due.
    /// </summary>
    private static async Task<List<CheckRow>> ChecksAsync(LicensingDbContext db, List<Row> open, ApplicationOptions options)
    {
        var today = db.Today;
        var result = new List<CheckRow>();
        var openIds = open.Select(r => r.Id).ToList();
        var apps = await db.Applications.Where(a => openIds.Contains(a.Id) && a.Status != ApplicationStatus.Received)
            .Include(a => a.Checks).Include(a => a.RegisterChecks).ThenInclude(r => r.Sources)
            .Include(a => a.RegisterChecks).ThenInclude(r => r.Hits).AsSplitQuery().ToListAsync();
        foreach (var app in apps)
        {
            var row = open.Single(r => r.Id == app.Id);
            foreach (var s in app.CheckStates(options, today).Where(s => s.Status is CheckStatus.Expired or CheckStatus.ExpiringSoon || s.Status == CheckStatus.Failed && s.Kind == CheckKind.RegisterSearch))
                result.Add(new CheckRow(row, s.Kind.Describe(), s.Status == CheckStatus.ExpiringSoon ? $"Expires {LondonTime.Format(s.ExpiresOn!.Value)}" : s.Describe()[(s.Kind.Describe().Length + 2)..], s.Status != CheckStatus.ExpiringSoon));
        }

        var granted = await db.Applications.Where(a => a.Status == ApplicationStatus.Granted && a.LicenceType != LicenceType.PrivateHireVehicle && a.LicenceType != LicenceType.HackneyCarriageVehicle)
            .Join(db.Licences.Where(l => l.Status == LicenceStatus.Granted || l.Status == LicenceStatus.Suspended), a => a.LicenceId, l => l.Id, (a, l) => a)
            .Include(a => a.Checks).ToListAsync();
        var people = await db.People.Where(p => granted.Select(g => g.PersonId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName);
        foreach (var app in granted.Where(a => a.LicenceType.IsDriver()))
        {
            var latest = app.Checks.Where(c => c.Kind == CheckKind.DbsUpdateService).OrderByDescending(c => c.CheckedOn).FirstOrDefault();
            var due = latest?.ExpiresOn(options);
            if (due is null || due >= today.AddDays(options.ExpiringWithinDays)) continue;
            var row = new Row(app.Id, app.Reference, people[app.PersonId], app.Kind, app.LicenceType, app.ReceivedOn, app.Status, app.OfficerName, app.AssessedAt);
            result.Add(new CheckRow(row, "Six-monthly DBS Update Service check (licensed driver)", due < today ? $"Overdue since {LondonTime.Format(due.Value)}" : $"Due {LondonTime.Format(due.Value)}", due < today));
        }
        return result.OrderByDescending(r => r.Overdue).ThenBy(r => r.Row.ReceivedOn).ToList();
    }
}
