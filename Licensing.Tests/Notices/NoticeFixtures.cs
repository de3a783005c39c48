using System.Diagnostics;
using System.Text.RegularExpressions;
using Licensing.Domain.Admin;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Notices;
using Licensing.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Licensing.Tests.Notices;

/// <summary>People, licences, decisions and notices saved through the domain, for the notices tests.</summary>
public static partial class NoticeFixtures
{
    public static readonly AuthorityOptions Authority = new()
    {
        Name = "Eastbrook Borough Council",
        Code = "E07000901",
        Address = "Town Hall, Market Square, Eastbrook, EB1 1AA",
        Email = "licensing@eastbrook.example",
        Phone = "01632 960000",
        Signatory = "Head of Licensing",
    };

    public sealed record Saved(Person Person, Licence? Licence, Decision? Decision, Notice Notice);

    public static async Task<(Person Person, Licence Licence)> PersonWithLicenceAsync(LicensingDbContext db, LicenceType type = LicenceType.PrivateHireDriver, string? email = null, DateOnly? emailAgreedOn = null)
    {
        var details = Build.PersonDetails() with { Email = email ?? "driver@example.com", EmailServiceAgreedOn = emailAgreedOn };
        var person = Person.Create(details, Build.Today);
        var grant = Decision.Record(new DecisionDraft(person.Id, DecisionKind.Grant, type, DecisionMaker.AuthorisedOfficer, "Maya Manager", "Fit and proper", Build.Today.AddYears(-1)), DateTime.UtcNow);
        Licence licence = type switch
        {
            LicenceType.PrivateHireOperator => OperatorLicence.Grant(grant, person.Id, "Eastbrook Cars Ltd", "01234567", new Address("Unit 4, Mill Lane", null, "Eastbrook", "EB2 3CD"), "OP0042", Build.Today.AddYears(-1), Build.Today.AddYears(4),
                "1. Keep booking records for 12 months.\n2. Do not accept bookings to collect unaccompanied children from residential care homes unless the home booked them."),
            LicenceType.HackneyCarriageVehicle or LicenceType.PrivateHireVehicle => VehicleLicence.Grant(grant, person.Id, type, "PH123", new VehicleDetails("AB12 CDE", "Toyota", "Prius", "Silver"), Build.Today.AddYears(-1), Build.Today.AddYears(1)),
            _ => DriverLicence.Grant(grant, person.Id, type, "DL00001", "1001", Build.Today.AddYears(-1), Build.Today.AddYears(2)),
        };
        db.People.Add(person);
        db.Licences.Add(licence);
        await db.SaveChangesAsync();
        return (person, licence);
    }

    public static async Task<Saved> DecisionNoticeAsync(TestDatabase database, DecisionKind kind, bool immediate = false, string reasons = "The licensing sub-committee found, on the balance of probabilities, that on 3 May 2026 you made sexual remarks to a 15-year-old passenger.",
        LicenceType type = LicenceType.PrivateHireDriver, string? email = null, DateOnly? emailAgreedOn = null, DecisionMaker maker = DecisionMaker.AuthorisedOfficer)
    {
        await using var db = database.NewContext();
        var (person, licence) = await PersonWithLicenceAsync(db, type, email, emailAgreedOn);
        var decision = Decision.Record(new DecisionDraft(person.Id, kind, type, maker, "Maya Manager", reasons, Build.Today,
            GroundsCategory.Safeguarding, kind == DecisionKind.Refusal ? null : licence.Id, ImmediateEffect: immediate,
            PublicSafetyReasons: immediate ? "You carry children to school under council contracts and the risk to them cannot wait for an appeal." : null,
            SuspensionPeriod: kind == DecisionKind.Suspension ? new SuspensionPeriod(8, SuspensionUnit.Weeks) : null), db.UtcNow);
        // As DecisionConsequences.Follow drafts it (without the register entry, which holds no vehicles).
        db.Decisions.Add(decision);
        var notice = Notice.Draft(Enum.Parse<NoticeKind>(kind.ToString()), person.Id, db.UtcNow, decision.Id, decision.LicenceId);
        db.Notices.Add(notice);
        await db.SaveChangesAsync();
        return new Saved(person, licence, decision, notice);
    }

    public static async Task<Saved> LetterAsync(TestDatabase database, NoticeKind kind, NoticeParticulars particulars, LicenceType type = LicenceType.PrivateHireDriver)
    {
        await using var db = database.NewContext();
        var (person, licence) = await PersonWithLicenceAsync(db, type);
        var notice = Notice.Draft(kind, person.Id, db.UtcNow, licenceId: licence.Id).Fill(particulars);
        db.Notices.Add(notice);
        await db.SaveChangesAsync();
        return new Saved(person, licence, null, notice);
    }

    public static async Task<(Notice Notice, byte[] Pdf)> IssueAsync(TestDatabase database, Guid noticeId)
    {
        await using var db = database.NewContext();
        var notice = await IssueNotice.RunAsync(db, noticeId, Authority, "Maya Manager", "eastbrook.example");
        await using var read = database.NewContext();
        return (read.Notices.Single(n => n.Id == notice.Id), read.NoticeDocuments.Single(d => d.NoticeId == notice.Id).Pdf);
    }

    /// <summary>Each page's text as a reader sees it, whitespace normalised (STACK.md: PdfPig's page.Text drops spaces).</summary>
    public static List<string> PagesOf(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return doc.GetPages().Select(p => Spaces().Replace(ContentOrderTextExtractor.GetText(p), " ").Trim()).ToList();
    }

    public static string TextOf(byte[] pdf) => string.Join(" ", PagesOf(pdf));

    /// <summary>qpdf --check must pass; a machine without qpdf fails the test with the fix, never skips it.</summary>
    public static void AssertQpdfAccepts(byte[] pdf, string name)
    {
        var path = Path.Combine(TestFolders.Root, $"{name}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo("qpdf", ["--check", path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("qpdf is not installed: run `apt-get install -y qpdf` (./test.sh installs it)");
            return;
        }
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"qpdf --check failed for {name}:\n{output}");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
