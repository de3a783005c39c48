using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Notices;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Licensing.Tests.Notices.NoticeFixtures;

namespace Licensing.Tests.Notices;

public class NoticeDocumentTests
{
    [Theory]
    [InlineData(DecisionKind.Revocation, false)]
    [InlineData(DecisionKind.Revocation, true)]
    [InlineData(DecisionKind.Suspension, false)]
    [InlineData(DecisionKind.Suspension, true)]
    [InlineData(DecisionKind.RefusalToRenew, false)]
    [InlineData(DecisionKind.Refusal, false)]
    public async Task An_issued_decision_notice_carries_every_statutory_part_and_its_stored_hash_matches(DecisionKind kind, bool immediate)
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, kind, immediate);

        var (notice, pdf) = await IssueAsync(database, saved.Notice.Id);

        Assert.Equal(NoticeStatus.Issued, notice.Status);
        Assert.Equal(Notice.HashOf(pdf), notice.Sha256);
        Assert.Equal(pdf.Length, notice.PdfLength);
        var text = TextOf(pdf);
        Assert.Contains("Eastbrook Borough Council", text);
        Assert.Contains("Sarah Mary Morgan", text);
        Assert.Contains("1 High Street", text);
        Assert.Contains("made sexual remarks to a 15-year-old passenger", text); // the grounds, in plain words
        Assert.Contains(saved.Decision!.StatutoryPower!, text);
        Assert.Contains(LondonTime.Format(Build.Today), text); // date of decision
        Assert.Contains("Maya Manager, authorised officer under delegated powers", text);
        Assert.Contains("right of appeal", text);
        Assert.Contains("magistrates' court", text);
        Assert.Contains("within 21 days beginning with the day this notice is given", text);
        Assert.Contains(notice.Reference!, text);
        if (kind != DecisionKind.Refusal)
        {
            Assert.Contains("DL00001", text);
            Assert.Contains("return your driver's badge (number 1001)", text);
        }
        if (immediate)
        {
            Assert.Contains("public safety require this decision to have immediate effect", text);
            Assert.Contains("the risk to them cannot wait for an appeal", text);
        }
        else if (kind != DecisionKind.Refusal)
            Assert.Contains("takes effect at the end of the period of 21 days beginning with the day this notice is given", text);
        if (kind == DecisionKind.Suspension)
        {
            // The period decided, not a date fixed on the day of the decision: the end follows from the day it takes effect.
            Assert.Contains("suspend your private hire driver licence number DL00001 for 8 weeks, counted from the day the suspension takes effect", text);
            Assert.Contains("The suspension lasts 8 weeks from the day it takes effect, counting that day as the first", text);
            Assert.DoesNotContain("licence number DL00001 until", text);
        }
        AssertQpdfAccepts(pdf, $"{kind}-{immediate}");
    }

    [Fact]
    public async Task A_vehicle_notice_demands_the_plates_and_a_hackney_carriage_vehicle_appeal_goes_to_the_crown_court()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation, type: LicenceType.HackneyCarriageVehicle);
        var (_, pdf) = await IssueAsync(database, saved.Notice.Id);
        var text = TextOf(pdf);
        Assert.Contains("return the vehicle licence plates (plate PH123, vehicle AB12 CDE)", text);
        Assert.Contains("to the Crown Court", text);
        Assert.Contains("s.60", text);
    }

    public static TheoryData<NoticeKind, LicenceType, string[]> Letters => new()
    {
        { NoticeKind.RepresentationsInvitation, LicenceType.PrivateHireDriver, ["On 3 May 2026 a parent reported", "by 29 June 2026", "balance of probabilities"] },
        { NoticeKind.WarningLetter, LicenceType.PrivateHireDriver, ["On 3 May 2026 a parent reported", "formal warning"] },
        { NoticeKind.HearingInvitation, LicenceType.PrivateHireDriver, ["Wednesday 1 July 2026 at 10:00am", "Committee Room 2, Town Hall"] },
        { NoticeKind.HearingPack, LicenceType.PrivateHireDriver, ["1. Report of the licensing officer", "2. Chronology", "3. Allegations and findings", "4. Evidence", "5. Representations", "Statement of the parent, 4 May 2026"] },
        { NoticeKind.LicenceDocument, LicenceType.PrivateHireDriver, ["Badge number 1001", "MORGA657054SM9IJ", "Expires on"] },
        { NoticeKind.LicenceDocument, LicenceType.PrivateHireOperator, ["Eastbrook Cars Ltd (company number 01234567)", "Unit 4, Mill Lane", "unaccompanied children from residential care homes"] },
        { NoticeKind.LicenceDocument, LicenceType.PrivateHireVehicle, ["Plate number PH123", "AB12 CDE: Toyota Prius, Silver"] },
        { NoticeKind.ExpiryReminder, LicenceType.PrivateHireDriver, ["expires on 15 June 2028"] },
    };

    [Theory]
    [MemberData(nameof(Letters))]
    public async Task Every_kind_of_letter_renders_a_valid_pdf_with_its_particulars(NoticeKind kind, LicenceType type, string[] expected)
    {
        using var database = new TestDatabase();
        var saved = await LetterAsync(database, kind, new NoticeParticulars(
            Body: "On 3 May 2026 a parent reported that you asked their 15-year-old daughter for her phone number.",
            HearingOn: new DateOnly(2026, 7, 1), HearingTime: "10:00am",
            HearingPlace: "Committee Room 2, Town Hall",
            RepresentationsBy: new DateOnly(2026, 6, 29),
            Sections:
            [
                new("Report of the licensing officer", "The licensing officer recommends revocation."),
                new("Chronology", "", ["3 May 2026: complaint received", "10 May 2026: interview under caution declined"]),
                new("Allegations and findings", "Allegation 1: inappropriate remarks to a child. Proposed finding: proven."),
                new("Evidence", "", ["Statement of the parent, 4 May 2026", "Booking record 3 May 2026"]),
                new("Representations", "The licensee denies the allegation."),
            ]), type);

        var (notice, pdf) = await IssueAsync(database, saved.Notice.Id);

        var text = TextOf(pdf);
        foreach (var part in expected) Assert.Contains(part, text);
        Assert.Contains(notice.Reference!, text);
        Assert.Equal(Notice.HashOf(pdf), notice.Sha256);
        AssertQpdfAccepts(pdf, $"{kind}-{type}");
    }

    [Fact]
    public async Task Long_grounds_flow_onto_further_pages_with_the_reference_and_page_numbers_on_each()
    {
        using var database = new TestDatabase();
        var grounds = string.Join("\n\n", Enumerable.Range(1, 14).Select(i =>
            $"Finding {i}. The sub-committee considered the evidence on this allegation with care, including the account of the complainant, the booking records and the licensee's own account given at interview, and found on the balance of probabilities that the conduct described occurred as alleged."));
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation, reasons: grounds);

        var (notice, pdf) = await IssueAsync(database, saved.Notice.Id);

        var pages = PagesOf(pdf);
        Assert.True(pages.Count >= 2, "long grounds should need a second page");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
            Assert.Contains($"Reference {notice.Reference}", pages[i]);
        }
        Assert.Contains("Finding 14.", TextOf(pdf)); // nothing clipped
        AssertQpdfAccepts(pdf, "long-grounds");
    }

    [Fact]
    public async Task A_notice_cannot_be_issued_for_an_immediate_effect_decision_without_the_public_safety_explanation()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation, immediate: true);
        await using (var db = database.NewContext())
            await db.Database.ExecuteSqlRawAsync("UPDATE Decisions SET PublicSafetyReasons = NULL");

        await using var issue = database.NewContext();
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => IssueNotice.RunAsync(issue, saved.Notice.Id, Authority, "Maya Manager", "eastbrook.example"));
        Assert.Contains("public safety", error.Message);
        await using var read = database.NewContext();
        Assert.Equal(NoticeStatus.Draft, read.Notices.Single().Status);
    }

    [Fact]
    public async Task A_notice_cannot_be_issued_for_a_decision_without_grounds()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Suspension);
        await using (var db = database.NewContext())
            await db.Database.ExecuteSqlRawAsync("UPDATE Decisions SET Reasons = ' '");

        await using var issue = database.NewContext();
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => IssueNotice.RunAsync(issue, saved.Notice.Id, Authority, "Maya Manager", "eastbrook.example"));
        Assert.Contains("grounds", error.Message);
    }

    [Fact]
    public async Task A_preview_is_marked_as_a_draft_and_changes_nothing()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation);
        await using var db = database.NewContext();

        var preview = await IssueNotice.PreviewAsync(db, saved.Notice.Id, Authority);

        Assert.Contains("DRAFT FOR CHECKING", TextOf(preview));
        await using var read = database.NewContext();
        var notice = read.Notices.Single();
        Assert.Equal(NoticeStatus.Draft, notice.Status);
        Assert.Null(notice.Sha256);
        Assert.Empty(read.NoticeDocuments);
    }
}
