using BenchmarkDotNet.Attributes;
using Licensing.Domain.Admin;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Notices;
using Licensing.Domain.Notices.Pdf;

namespace Licensing.Bench.Notices;

/// <summary>
/// How fast notices render and how much memory each takes: wording a revocation notice from its facts
/// and laying it out as a PDF (two pages), and a ten-page hearing pack. Everything in memory, no database.
/// </summary>
[MemoryDiagnoser]
public class NoticeRendering
{
    private static readonly AuthorityOptions Authority = new()
    {
        Name = "Eastbrook Borough Council", Code = "E07000901", Address = "Town Hall, Market Square, Eastbrook, EB1 1AA",
        Email = "licensing@eastbrook.example", Phone = "01632 960000", Signatory = "Head of Licensing",
    };

    private NoticeFacts revocation = null!, pack = null!;
    private NoticeTemplate revocationWording = null!, packWording = null!;

    [GlobalSetup]
    public void Setup()
    {
        var today = new DateOnly(2026, 6, 15);
        var person = Person.Create(new PersonDetails("Sarah Mary", "Morgan", [], new DateOnly(1964, 7, 5), "MORGA657054SM9IJ", null,
            new Address("1 High Street", null, "Eastbrook", "EB1 1AA"), null, null, null), today);
        var grant = Decision.Record(new DecisionDraft(person.Id, DecisionKind.Grant, LicenceType.PrivateHireDriver, DecisionMaker.AuthorisedOfficer, "Maya Manager", "Fit and proper", today.AddYears(-1)), DateTime.UtcNow);
        var licence = DriverLicence.Grant(grant, person.Id, LicenceType.PrivateHireDriver, "DL00001", "1001", today.AddYears(-1), today.AddYears(2));
        var decision = Decision.Record(new DecisionDraft(person.Id, DecisionKind.Revocation, LicenceType.PrivateHireDriver, DecisionMaker.SubCommittee, "Licensing sub-committee",
            string.Join("\n\n", Enumerable.Range(1, 4).Select(i => $"Finding {i}. The sub-committee found on the balance of probabilities that the conduct described in allegation {i} occurred, relying on the complainant's account and the booking records.")),
            today, GroundsCategory.Safeguarding, licence.Id, ImmediateEffect: true, PublicSafetyReasons: "The risk to children carried under school contracts cannot wait for an appeal."), DateTime.UtcNow);
        var notice = Notice.Draft(NoticeKind.Revocation, person.Id, DateTime.UtcNow, decision.Id, licence.Id);
        revocation = new NoticeFacts(notice, person, decision, licence, Authority, "REV-2026-ABC123", today);

        var sections = new[] { "Report", "Chronology", "Allegations and findings", "Evidence", "Representations" }
            .Select(t => new PackSection(t, "The licensing officer's account of this part of the case, as put to the sub-committee.",
                Enumerable.Range(1, 25).Select(i => $"Item {i}: an entry of the kind a real pack carries, with a date, a source and a short description of what it shows.").ToList()))
            .ToList();
        var packNotice = Notice.Draft(NoticeKind.HearingPack, person.Id, DateTime.UtcNow, licenceId: licence.Id).Fill(new NoticeParticulars(Sections: sections));
        pack = new NoticeFacts(packNotice, person, null, licence, Authority, "PACK-2026-ABC123", today);

        revocationWording = Wording(NoticeKind.Revocation);
        packWording = Wording(NoticeKind.HearingPack);
    }

    private static NoticeTemplate Wording(NoticeKind kind)
    {
        var (_, _, title, body) = DefaultTemplates.All.Single(t => t.Kind == kind);
        return NoticeTemplate.Create(kind, 1, title, body, "bench", DateTime.UtcNow);
    }

    [Benchmark(Description = "Revocation notice (2 pages)")]
    public byte[] Revocation() => LetterComposer.Render(NoticeWording.Compose(revocation, revocationWording));

    [Benchmark(Description = "Hearing pack (5 sections, 125 items)")]
    public byte[] HearingPack() => LetterComposer.Render(NoticeWording.Compose(pack, packWording));
}
