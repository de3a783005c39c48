using Licensing.Domain.Admin;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Notices;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Notices;

/// <summary>
/// The journey the issue is done by: a manager issues a revocation notice in the browser and the email
/// reaches a real SMTP server with the PDF attached; the notice is served that day. Its own app, so the
/// app can be pointed at the loopback SMTP server.
/// </summary>
[Collection(BrowserCollection.Name)]
public class NoticeJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_manager_issues_a_revocation_and_the_email_arrives_with_the_pdf_and_the_notice_is_served()
    {
        await using var smtp = new LoopbackSmtp();
        await using var app = new AppHost(new()
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(),
            ["Smtp:UseTls"] = "false",
            ["Smtp:From"] = "licensing@eastbrook.example",
            ["Jobs:RunInWeb"] = "false",
        }).Start();
        var noticeId = await DraftRevocationForSarahMorganAsync(app);

        var page = await Fixture.SignInAsync("manager@demo.example", app);
        var context = page.Context;
        await page.GotoAsync("/notices?show=drafts");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByTestId("notices").Locator($"a[href='/notices/{noticeId}']").ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Revocation notice");
        await Expect(page.GetByTestId("deadline")).ToContainTextAsync("Due by");
        var preview = await context.APIRequest.GetAsync($"/notices/{noticeId}/pdf");
        Assert.Equal("application/pdf", preview.Headers["content-type"]);
        Assert.Contains("DRAFT FOR CHECKING", NoticeFixtures.TextOf(await preview.BodyAsync()));
        await Snap(page, "notice-draft");
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("issue").ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Notice issued");
        await Expect(page.Locator("h1")).ToContainTextAsync("Issued: emailing");

        await page.GotoAsync("/notices/outbox");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByTestId("send-now").ClickAsync();
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Sent");
        await BrowserFixture.AssertAccessibleAsync(page);

        byte[] stored;
        string reference;
        using (var scope = app.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync();
            stored = await db.NoticeDocuments.Where(d => d.NoticeId == noticeId).Select(d => d.Pdf).SingleAsync();
            reference = (await db.Notices.SingleAsync(n => n.Id == noticeId)).Reference!;
        }
        var mail = Assert.Single(smtp.Received, m => m.Subject?.Contains(reference) == true);
        Assert.Equal("sarah.morgan@example.com", mail.To.Mailboxes.Single().Address);
        using var bytes = new MemoryStream();
        await mail.Attachments.OfType<MimePart>().Single().Content!.DecodeToAsync(bytes);
        Assert.Equal(stored, bytes.ToArray());
        Assert.Contains("public safety require this decision to have immediate effect", NoticeFixtures.TextOf(bytes.ToArray()));

        await page.GotoAsync($"/notices/{noticeId}");
        await Expect(page.Locator("h1")).ToContainTextAsync("Served by email");
        await Expect(page.GetByTestId("notice-details")).ToContainTextAsync(Notice.HashOf(stored));
        await Snap(page, "notice-served");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    private static async Task<Guid> DraftRevocationForSarahMorganAsync(AppHost app)
    {
        using var system = SystemWork.As(Actor.System("test"));
        using var scope = app.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync();
        var sarah = await db.People.SingleAsync(p => p.Forenames == "Sarah Jane" && p.Surname == "Morgan");
        var licence = await db.Licences.Where(l => l.HolderId == sarah.Id && l.Status == LicenceStatus.Granted).OrderBy(l => l.Number).FirstAsync();
        var decision = Decision.Record(new DecisionDraft(sarah.Id, DecisionKind.Revocation, licence.Type, DecisionMaker.AuthorisedOfficer, "Maya Manager",
            "On 3 May 2026 you made sexual remarks to a 15-year-old passenger; the complaint is corroborated by the booking record and a second passenger.", db.Today,
            GroundsCategory.Safeguarding, licence.Id, ImmediateEffect: true, PublicSafetyReasons: "You carry children to school under council contracts: the risk cannot wait 21 days."), db.UtcNow);
        DecisionConsequences.Follow(db, decision, sarah, scope.ServiceProvider.GetRequiredService<IOptions<AuthorityOptions>>().Value);
        await db.SaveChangesAsync();
        return await db.Notices.Where(n => n.DecisionId == decision.Id).Select(n => n.Id).SingleAsync();
    }

    /// <summary>Set NOTICES_SCREENSHOTS to a folder to look at the pages this journey reaches.</summary>
    private static async Task Snap(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("NOTICES_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
