using Licensing.Domain.Concerns;
using Licensing.Domain.Partners;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Partners;

/// <summary>Officers closing a referred concern, and sending by hand an outcome the referrer gave no address for.</summary>
[Collection(BrowserCollection.Name)]
public class ReferralOutcomeBrowserTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private Task<(Guid Referral, Guid Concern)> ReferredAsync(string surname, string? contactEmail) => Fixture.App.InAppAsync(async db =>
    {
        var concern = Concern.Record(new ConcernDraft(ConcernSource.OtherAuthority, ConcernCategory.Other, Grading.Untested, "Refused a guide dog owner", db.Today,
            [(IdentifierKind.Description, $"Named as Alex {surname}")], "Westbridge District Council, 2022 Act referral"), await db.NextConcernReferenceAsync(), "partner:E07000215", db.Today, db.UtcNow);
        db.Concerns.Add(concern);
        var referral = PartnerReferral.Receive(new PartnerReferralDetails(surname, "Alex", null, null, "B-77", null, "Refused a guide dog owner", null, "WB-31", contactEmail),
            "E07000215", "Westbridge District Council", null, concern.Id, db.UtcNow);
        db.PartnerReferrals.Add(referral);
        await db.SaveChangesAsync();
        return (referral.Id, concern.Id);
    });

    [Fact]
    public async Task The_demo_has_a_referral_from_the_demo_partner_linked_to_its_driver_and_awaiting_triage()
    {
        var (referral, concern) = await Fixture.App.InAppAsync(async db =>
        {
            var r = await db.PartnerReferrals.AsNoTracking().SingleAsync(x => x.ReferringAuthorityCode == Web.Features.Partners.PartnersFeature.DemoPartnerCode && x.ReferrerReference == "NB-REF-2026-031");
            return (r, await db.Concerns.AsNoTracking().SingleAsync(c => c.Id == r.ConcernId));
        });
        Assert.NotNull(referral.PersonId);
        Assert.Equal((referral.PersonId, ConcernSource.OtherAuthority, ConcernCategory.Discrimination), (concern.PersonId, concern.Source, concern.Category));

        var page = await Fixture.SignInAsync("officer@demo.example");
        await page.GotoAsync("/partners/referrals");
        await Expect(page.Locator($"#referral-{referral.Id}")).ToContainTextAsync("from Northam Borough Council (demo partner)");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task An_officer_closing_a_referred_concern_at_triage_queues_the_outcome_email_to_the_referrer()
    {
        var (referralId, concernId) = await ReferredAsync($"Triaged{Guid.NewGuid():N}"[..16], "licensing@westbridge.example");
        var page = await Fixture.SignInAsync("officer@demo.example");
        await page.GotoAsync($"/concerns/{concernId}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("No further action (give reasons)").CheckAsync();
        await page.Locator("#TriageReasons").FillAsync("Not one of our drivers: no badge B-77 here");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record triage", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("triage-status")).ToContainTextAsync("no further action");

        var (referral, to) = await Fixture.App.InAppAsync(async db =>
        {
            var r = await db.PartnerReferrals.SingleAsync(x => x.Id == referralId);
            return (r, await db.OutboxMessages.Where(m => m.Id == r.OutcomeMessageId).Select(m => m.To).SingleAsync());
        });
        Assert.Equal((ReferralDecision.NoFurtherAction, "licensing@westbridge.example"), (referral.Outcome, to));

        await page.GotoAsync("/partners/referrals");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Expect(page.Locator($"#referral-{referralId} .govuk-tag")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Outcome email"));
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task An_outcome_for_a_referrer_without_a_contact_address_is_shown_to_send_by_hand_and_the_officer_records_sending_it()
    {
        var surname = $"Handsend{Guid.NewGuid():N}"[..16];
        var (referralId, concernId) = await ReferredAsync(surname, contactEmail: null);
        await Fixture.App.InAppAsync(async db =>
        {
            var concern = await db.Concerns.SingleAsync(c => c.Id == concernId);
            concern.TriageAs(TriageOutcome.NoFurtherAction, "Not one of our drivers", "Olivia Officer", db.UtcNow);
            await ReferralOutcomes.ConcernTriagedAsync(db, concern, Notices.NoticeFixtures.Authority);
            return await db.SaveChangesAsync();
        });

        var page = await Fixture.SignInAsync("officer@demo.example");
        await page.GotoAsync("/partners/referrals");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var card = page.Locator($"#referral-{referralId}");
        await Expect(card.Locator(".govuk-tag")).ToHaveTextAsync("Send outcome by hand");
        await Expect(card.GetByTestId("telling")).ToContainTextAsync("no contact address");
        await Expect(card.GetByTestId("outcome-statement")).ToContainTextAsync("could not identify the driver");
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"Alex {surname}");
        await BrowserFixture.AssertAccessibleAsync(page);

        await card.GetByRole(AriaRole.Button, new() { Name = "Record that the outcome was sent" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Say how and to whom");
        await card.GetByLabel("How and to whom you sent it").FillAsync("Emailed licensing@westbridge.example on 15 June");
        await card.GetByRole(AriaRole.Button, new() { Name = "Record that the outcome was sent" }).ClickAsync();

        await Expect(card.Locator(".govuk-tag")).ToHaveTextAsync("Outcome sent by hand");
        await Expect(card.GetByTestId("telling")).ToContainTextAsync("Emailed licensing@westbridge.example on 15 June");
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
