using Licensing.Domain.Concerns;
using Licensing.Domain.Partners;
using Licensing.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Partners;

/// <summary>An outcome the referrer gave no address for: the officer sees it must go by hand, and records that it did.</summary>
[Collection(BrowserCollection.Name)]
public class ReferralOutcomeBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_outcome_for_a_referrer_without_a_contact_address_is_shown_to_send_by_hand_and_the_officer_records_sending_it()
    {
        var surname = $"Handsend{Guid.NewGuid():N}"[..16];
        var referralId = await fixture.App.InAppAsync(async db =>
        {
            var concern = Concern.Record(new ConcernDraft(ConcernSource.OtherAuthority, ConcernCategory.Other, Grading.Untested, "Refused a guide dog owner", db.Today,
                [(IdentifierKind.Description, $"Named as Alex {surname}")], "Westbridge District Council, 2022 Act referral"), await db.NextConcernReferenceAsync(), "partner:E07000215", db.Today, db.UtcNow);
            db.Concerns.Add(concern);
            var referral = PartnerReferral.Receive(new PartnerReferralDetails(surname, "Alex", null, null, "B-77", null, "Refused a guide dog owner", null, "WB-31", null),
                "E07000215", "Westbridge District Council", null, concern.Id, db.UtcNow);
            db.PartnerReferrals.Add(referral);
            await db.SaveChangesAsync(); // received, as the API does, before an officer triages it
            concern.TriageAs(TriageOutcome.NoFurtherAction, "Not one of our drivers", "Olivia Officer", db.UtcNow);
            await ReferralOutcomes.ConcernTriagedAsync(db, concern, Notices.NoticeFixtures.Authority);
            await db.SaveChangesAsync();
            return referral.Id;
        });

        var page = await fixture.SignInAsync("officer@demo.example");
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
