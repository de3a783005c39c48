using System.Globalization;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Licensing.Domain.Register;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Web.Features.Register;

public sealed record ImportProblem(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}

public sealed record ImportResult(int Created, int Updated, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// The register file (DESIGN.md): import is all-or-nothing per file and idempotent on reference
/// (a re-import updates, never duplicates); export writes the same format for upload to NR3S.
/// </summary>
public static class RegisterCsv
{
    public static readonly string[] Header =
    [
        "reference", "authority_code", "authority_name", "surname", "forenames", "previous_surnames", "date_of_birth",
        "driving_licence_number", "ni_number", "postcode", "licence_type", "decision", "decision_date", "grounds",
    ];

    private const int Batch = 2000;

    public static async Task<ImportResult> ImportAsync(LicensingDbContext db, TextReader reader, CancellationToken ct = default)
    {
        var (rows, problems) = Read(reader, db.Today);
        if (problems.Count > 0) return new ImportResult(0, 0, problems);

        var created = 0;
        var updated = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var chunk in rows.Chunk(Batch))
        {
            var references = chunk.Select(r => r.Details.Reference).ToList();
            var existing = await db.RegisterEntries.Include(e => e.Keys).Where(e => references.Contains(e.Reference)).ToDictionaryAsync(e => e.Reference, ct);
            foreach (var (line, details) in chunk)
            {
                try
                {
                    if (existing.TryGetValue(details.Reference, out var entry))
                    {
                        entry.Reimport(details);
                        updated++;
                    }
                    else
                    {
                        db.RegisterEntries.Add(RegisterEntry.Import(details, db.UtcNow));
                        created++;
                    }
                }
                catch (DomainRuleException e)
                {
                    problems.Add(new ImportProblem(line, e.Message));
                }
            }
            if (problems.Count > 0) continue; // keep checking the rest, write nothing
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        if (problems.Count > 0)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new ImportResult(0, 0, problems);
        }
        await transaction.CommitAsync(ct);
        return new ImportResult(created, updated, []);
    }

    /// <summary>Parses and checks every row; returns the good rows and a problem per bad one.</summary>
    public static (List<(int Line, RegisterEntryDetails Details)> Rows, List<ImportProblem> Problems) Read(TextReader reader, DateOnly today)
    {
        var rows = new List<(int, RegisterEntryDetails)>();
        var problems = new List<ImportProblem>();
        using var records = Rfc4180.Read(reader).GetEnumerator();
        if (!records.MoveNext())
            return (rows, [new ImportProblem(1, "the file is empty; the first line must be the header")]);
        var header = records.Current.Fields.Select(h => h.Trim()).ToArray();
        if (!header.SequenceEqual(Header))
            return (rows, [new ImportProblem(1, $"the header must be exactly: {string.Join(',', Header)}")]);

        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        while (records.MoveNext())
        {
            var (line, fields, malformed) = records.Current;
            if (malformed is not null)
            {
                problems.Add(new ImportProblem(line, $"not valid CSV: {malformed}"));
                continue;
            }
            if (fields.Length != Header.Length)
            {
                problems.Add(new ImportProblem(line, $"expected {Header.Length} fields, found {fields.Length}"));
                continue;
            }
            var errors = new List<string>();
            var details = Parse(i => fields[i].Trim(), today, errors);
            if (details is not null && firstLine.TryGetValue(details.Reference, out var earlier))
                errors.Add($"reference {details.Reference} appears again (first on line {earlier})");
            if (errors.Count > 0 || details is null)
            {
                problems.Add(new ImportProblem(line, string.Join("; ", errors)));
                continue;
            }
            firstLine[details.Reference] = line;
            rows.Add((line, details));
        }
        return (rows, problems);
    }

    private static RegisterEntryDetails? Parse(Func<int, string> field, DateOnly today, List<string> errors)
    {
        string Required(int i)
        {
            var value = field(i);
            if (value.Length == 0) errors.Add($"{Header[i]} is missing");
            return value;
        }
        DateOnly? Date(int i)
        {
            var text = Required(i);
            if (text.Length == 0) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d <= today) return d;
            errors.Add($"{Header[i]} '{text}' is not a past date in the form YYYY-MM-DD");
            return null;
        }
        T? OneOf<T>(int i, IReadOnlyDictionary<string, T> allowed) where T : struct
        {
            var text = Required(i);
            if (text.Length == 0) return null;
            if (allowed.TryGetValue(text.ToLowerInvariant(), out var v)) return v;
            errors.Add($"{Header[i]} '{text}' must be one of {string.Join(", ", allowed.Keys)}");
            return null;
        }

        var reference = Required(0);
        var code = Required(1);
        var name = Required(2);
        var surname = Required(3);
        var forenames = Required(4);
        var previous = field(5).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var dob = Date(6);
        var licence = field(7);
        if (licence.Length > 0 && !DrivingLicenceNumber.TryParse(licence, out _, out var licenceError))
            errors.Add($"driving_licence_number '{licence}': {licenceError}");
        var ni = field(8);
        // Other authorities' records hold temporary and administrative numbers too: the shape is checked, not the prefix.
        if (ni.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(SearchText.Compact(ni), "^[A-Z]{2}[0-9]{6}[A-D]?$"))
            errors.Add($"ni_number '{ni}' is not in the form AB123456C");
        var postcode = field(9);
        var type = OneOf(10, RegisterWire.LicenceTypes);
        var decision = OneOf(11, RegisterWire.Decisions);
        var decided = Date(12);
        var grounds = OneOf(13, RegisterWire.Grounds);
        if (reference.Length > 60) errors.Add("reference must be 60 characters or fewer");
        if (dob is { } b && decided is { } dd && dd < b) errors.Add("decision_date is before date_of_birth");
        if (errors.Count > 0) return null;
        return new RegisterEntryDetails(reference, code, name, surname, forenames, previous, dob!.Value, licence.Length == 0 ? null : licence,
            ni.Length == 0 ? null : ni, postcode.Length == 0 ? null : postcode, type!.Value, decision!.Value, decided!.Value, grounds!.Value);
    }

    public static async Task<int> ExportAsync(LicensingDbContext db, TextWriter writer, CancellationToken ct = default)
    {
        writer.NewLine = "\r\n"; // RFC 4180 line breaks, whatever the server's platform
        await writer.WriteLineAsync(Rfc4180.Format(Header));
        var count = 0;
        await foreach (var e in db.RegisterEntries.AsNoTracking().OrderBy(e => e.Reference)
                           .Select(e => new { e.Reference, e.AuthorityCode, e.AuthorityName, e.Surname, e.Forenames, e.PreviousSurnames, e.DateOfBirth,
                               e.DrivingLicenceNumber, e.NationalInsuranceNumber, e.Postcode, e.LicenceType, e.Decision, e.DecisionDate, e.Grounds })
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            await writer.WriteLineAsync(Rfc4180.Format(
            [
                e.Reference, e.AuthorityCode, e.AuthorityName, e.Surname, e.Forenames, string.Join(';', e.PreviousSurnames),
                e.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.DrivingLicenceNumber ?? "", e.NationalInsuranceNumber ?? "",
                e.Postcode ?? "", RegisterWire.Name(e.LicenceType), RegisterWire.Name(e.Decision),
                e.DecisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), RegisterWire.Name(e.Grounds),
            ]));
            count++;
        }
        await writer.FlushAsync(ct);
        return count;
    }
}
