using Licensing.Domain.Audit;
using Licensing.Domain.Cases;
using Licensing.Domain.Committee;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Licensing.Tests.Cases;

/// <summary>The journeys of issue 4 in the browser, on the demo data.</summary>
[Collection(BrowserCollection.Name)]
public class ReviewJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static async Task ClickAsync(IPage page, string name)
    {
        var button = Button(page, name);
        await Expect(button).ToBeEnabledAsync();
        await button.ClickAsync();
    }

    /// <summary>A case of the test's own, with its licensee, licence and concern, in the app's database.</summary>
    private async Task AddToAppAsync(ReviewScenario s)
    {
        using var scope = Fixture.App.Services.CreateScope();
        using var setUp = SystemWork.As(Actor.System("browser-test set-up"));
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync();
        db.AddRange(s.Person, s.Licence, s.Concern, s.Case);
        await db.SaveChangesAsync();
    }

    private static async Task<IPage> OpenAsync(IPage page, string path, string readyButton)
    {
        await page.GotoAsync(path);
        await Expect(Button(page, readyButton).First).ToBeEnabledAsync(); // the circuit is attached
        return page;
    }

    [Fact]
    public async Task An_officer_who_gets_two_dates_wrong_on_a_concern_is_told_of_both_at_once_and_nothing_is_recorded()
    {
        var page = await OpenAsync(await Fixture.SignInAsync("officer@demo.example"), "/concerns/new", "Record the concern");
        int Count()
        {
            using var scope = Fixture.App.Services.CreateScope();
            using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContext();
            return db.Concerns.Count();
        }
        var before = Count();
        await page.Locator("#Narrative").FillAsync("Seen touting for fares outside the station");
        await page.ChooseGradingAsync("", Grading.Untested);
        await page.FillDateAsync("OccurredOn", "3", "", "2026");
        await page.FillDateAsync("ReceivedOn", "31", "2", "2026");
        await ClickAsync(page, "Record the concern");

        var links = page.Locator(".govuk-error-summary__list a");
        await Expect(links).ToHaveCountAsync(2);
        await Expect(links.Nth(0)).ToHaveTextAsync("Date it happened must include a month");
        await Expect(links.Nth(0)).ToHaveAttributeAsync("href", "/concerns/new#OccurredOn-month");
        await Expect(links.Nth(1)).ToHaveTextAsync("Date received must be a real date");
        await Expect(links.Nth(1)).ToHaveAttributeAsync("href", "/concerns/new#ReceivedOn-day");
        await Expect(page.Locator("#OccurredOn-error")).ToContainTextAsync("Date it happened must include a month");
        await Expect(page.Locator("#ReceivedOn-error")).ToContainTextAsync("Date received must be a real date");
        await BrowserFixture.AssertAccessibleAsync(page);
        Assert.Equal(before, Count());

        // Following a link puts the cursor in the box at fault and keeps what was typed.
        await links.Nth(0).ClickAsync();
        await Expect(page.Locator("#OccurredOn-month")).ToBeFocusedAsync();
        await BrowserFixture.ExpectAddressAsync(page, "/concerns/new(#OccurredOn-month)?$");
        await Expect(page.Locator("#Narrative")).ToHaveValueAsync("Seen touting for fares outside the station");
    }

    [Fact]
    public async Task An_officer_records_an_unlinked_concern_by_vehicle_registration_that_is_later_linked_to_the_licensee()
    {
        var page = await OpenAsync(await Fixture.SignInAsync("officer@demo.example"), "/concerns/new", "Record the concern");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Locator("#Category").SelectOptionAsync("Safeguarding");
        await page.Locator("#Narrative").FillAsync("Taxi seen dropping a girl in school uniform at a house on Canal Street at 11pm; registration noted by a neighbour.");
        await page.Locator("#Place").FillAsync("Canal Street");
        await page.Locator("#id-VehicleRegistration").FillAsync("kx19 abc");
        await page.ChooseGradingAsync("", Grading.Untested);
        await ClickAsync(page, "Record the concern");
        await BrowserFixture.ExpectAddressAsync(page, "/concerns/[0-9a-f-]{36}$");
        await Expect(page.GetByTestId("linked-to")).ToContainTextAsync("Not linked to anyone");
        await BrowserFixture.AssertAccessibleAsync(page);
        var concernUrl = page.Url;
        await Expect(page.GetByTestId("needs-triage")).ToBeVisibleAsync();

        // Unlinked, it is still found by the registration however it is typed.
        await OpenAsync(page, "/concerns", "Search");
        await page.Locator("#q").FillAsync("KX19ABC");
        await ClickAsync(page, "Search");
        await Expect(page.GetByTestId("concerns")).ToContainTextAsync("KX19 ABC");
        await BrowserFixture.AssertAccessibleAsync(page);

        // Later: the registration matches Sarah Morgan's licensed vehicle, and the officer links it.
        await OpenAsync(page, concernUrl, "Link by number");
        await Expect(page.GetByTestId("suggestions")).ToContainTextAsync("Sarah Jane Morgan");
        await ClickAsync(page, "Link to Sarah Jane Morgan");
        await Expect(page.GetByTestId("linked-to")).ToContainTextAsync("Linked to Sarah Jane Morgan");
        await Expect(page.GetByTestId("linked-to")).ToContainTextAsync("KX19 ABC");
    }

    [Fact]
    public async Task A_case_goes_from_concern_to_findings_to_a_managers_revocation_with_immediate_effect()
    {
        // The officer records a police concern about a known driver (badge 1150) and opens a review at triage.
        var officer = await OpenAsync(await Fixture.SignInAsync("officer@demo.example"), "/concerns/new", "Record the concern");
        await BrowserFixture.AssertAccessibleAsync(officer);
        await officer.Locator("#Category").SelectOptionAsync("Safeguarding");
        await officer.Locator("#Narrative").FillAsync("Police: driver arrested for inciting a 13-year-old passenger to sexual activity; messages found on his phone.");
        await officer.Locator("#Licence").FillAsync("1150");
        // The police allow no onward sharing.
        await officer.ChooseGradingAsync("", new Grading(SourceGrade.Untested, InformationGrade.KnownIndirectly, HandlingCode.ConditionsApply));
        await ClickAsync(officer, "Record the concern");
        await Expect(officer.GetByTestId("linked-to")).ToContainTextAsync("Linked to");
        await BrowserFixture.AssertAccessibleAsync(officer);
        await Expect(Button(officer, "Record triage")).ToBeEnabledAsync();
        await officer.GetByLabel("Open a review case").CheckAsync();
        await officer.Locator("#TriageReasons").FillAsync("Arrest for a child sexual offence: review at once");
        await ClickAsync(officer, "Record triage");
        await BrowserFixture.ExpectAddressAsync(officer, "/cases/[0-9a-f-]{36}$");
        await Expect(Button(officer, "Add allegation")).ToBeEnabledAsync();
        await BrowserFixture.AssertAccessibleAsync(officer);
        var caseUrl = officer.Url;

        await officer.Locator("#AllegationText").FillAsync("Sent sexual messages to a 13-year-old passenger and arranged to meet her");
        await ClickAsync(officer, "Add allegation");
        // The words repeat the restricted police intelligence: the officer is warned first, and keeps them on purpose.
        await Expect(officer.Locator(".govuk-error-summary").First).ToContainTextAsync("repeats words of restricted intelligence (handling code C)");
        await Expect(officer.GetByTestId("allegations")).Not.ToContainTextAsync("13-year-old passenger");
        await BrowserFixture.AssertAccessibleAsync(officer);
        await ClickAsync(officer, "Add allegation");
        await Expect(officer.GetByTestId("allegations")).ToContainTextAsync("13-year-old passenger");
        await officer.Locator("#EvidenceDescription").FillAsync("Police disclosure: arrest, phone download summary");
        await officer.Locator("#EvidenceSource").FillAsync("Eastbrook Police CSE team");
        await officer.ChooseGradingAsync("Evidence", Grading.Untested);
        await ClickAsync(officer, "Add evidence");
        await Expect(officer.GetByTestId("evidence")).ToContainTextAsync("E1");

        // A finding before the licensee is heard is refused.
        await officer.GetByLabel("Proven", new() { Exact = true }).CheckAsync();
        await officer.Locator("#FindingReasons-1").FillAsync("Police disclosure is detailed and graded 1B");
        await ClickAsync(officer, "Record finding on allegation 1");
        await Expect(officer.Locator(".govuk-error-summary").First).ToContainTextAsync("Invite the licensee's representations");

        // Public safety cannot wait for representations: the officer records why.
        await officer.GetByText("Public safety requires immediate effect before the licensee can be heard").ClickAsync();
        await officer.Locator("#SkipReasons").FillAsync("He drives school contract runs daily; the risk to children is immediate.");
        await ClickAsync(officer, "Proceed without representations");
        await Expect(officer.GetByTestId("representations")).ToContainTextAsync("Public safety");

        await officer.GetByLabel("Proven", new() { Exact = true }).CheckAsync();
        await officer.Locator("#FindingReasons-1").FillAsync("Police disclosure is detailed and graded 1B; on the balance of probabilities it happened");
        await officer.GetByLabel("E1 Police disclosure", new() { Exact = false }).CheckAsync();
        await ClickAsync(officer, "Record finding on allegation 1");
        await Expect(officer.GetByTestId("finding-1")).ToContainTextAsync("Proven");
        await Expect(officer.GetByTestId("fit-and-proper").First).ToContainTextAsync("would you let someone you care for travel alone with this person");

        await officer.Locator("#RecommendationOutcome").SelectOptionAsync("Revocation");
        await officer.Locator("#RecommendationReasonsText").FillAsync("Sexual conduct towards a child passenger: not fit and proper");
        await officer.Locator("#RecommendationImmediate").CheckAsync();
        await officer.Locator("#RecommendationPublicSafetyReasons").FillAsync("Daily contact with children on school contracts");
        await officer.Locator("#Conclusion").FillAsync("The allegation is proven on the balance of probabilities.");
        await ClickAsync(officer, "Record the recommendation");
        await Expect(officer.GetByTestId("stage")).ToHaveTextAsync("awaiting decision");
        await BrowserFixture.AssertAccessibleAsync(officer);
        await Expect(officer.GetByTestId("officer-cannot-decide")).ToHaveCountAsync(0); // an officer is not a manager: no decision form at all
        await Expect(Button(officer, "Record the decision")).ToHaveCountAsync(0);

        // The manager decides: revocation with immediate effect, then records service by hand.
        var manager = await OpenAsync(await Fixture.SignInAsync("manager@demo.example"), caseUrl, "Record the decision");
        await manager.Locator("#OutcomePublicSafetyReasons").FillAsync("");
        await manager.Locator("#OutcomeReasonsText").FillAsync("Proven sexual conduct towards a child passenger");
        await ClickAsync(manager, "Record the decision");
        await Expect(manager.Locator(".govuk-error-summary").First).ToContainTextAsync("public safety requires immediate effect");
        await manager.Locator("#OutcomePublicSafetyReasons").FillAsync("He drives children on school contracts every day; the risk cannot wait 21 days.");
        await ClickAsync(manager, "Record the decision");
        await Expect(manager.GetByTestId("outcome")).ToContainTextAsync("Revocation");
        // Service is recorded on the notice: the manager issues it and records handing it over today.
        await manager.GetByRole(AriaRole.Link, new() { Name = "Issue and serve the decision notice" }).ClickAsync();
        await Expect(manager.GetByTestId("issue")).ToBeEnabledAsync();
        await BrowserFixture.AssertAccessibleAsync(manager);
        await manager.GetByTestId("issue").ClickAsync();
        await Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("Notice issued");
        await manager.GetByLabel("By hand").CheckAsync();
        await manager.GetByTestId("record-service").ClickAsync();
        // Wait for the save's own confirmation: "By hand" is on the page already, as the radio's label, and
        // leaving before the save had finished once showed the licence still in force.
        await Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("Served on");
        await BrowserFixture.AssertAccessibleAsync(manager);
        await OpenAsync(manager, caseUrl, "Record the appeal");
        await Expect(manager.GetByTestId("licence-status")).ToContainTextAsync("Revoked");
        await BrowserFixture.AssertAccessibleAsync(manager);
    }

    [Fact]
    public async Task A_manager_suspends_for_a_number_of_weeks_whose_dates_wait_for_the_suspension_to_take_effect()
    {
        // A case of its own, awaiting decision on the officer's recommendation of three months' suspension.
        var s = new ReviewScenario(Build.Person("Tobias", "Suspendwell", new DateOnly(1977, 4, 2), licence: null), "DL09901", "RC-2026-9901", "CN-2026-9901")
            .WithRecommendation(CaseOutcome.Suspension);
        await AddToAppAsync(s);
        var manager = await OpenAsync(await Fixture.SignInAsync("manager@demo.example"), $"/cases/{s.Case.Id}", "Record the decision");
        await Expect(manager.GetByTestId("recommendation")).ToContainTextAsync("Suspension for a fixed period for 3 months");
        // The form asks for the period, as the recommendation gave it; there is no end date to fix on the day.
        await Expect(manager.Locator("#OutcomeSuspensionLength")).ToHaveValueAsync("3");
        await Expect(manager.Locator("#OutcomeSuspensionUnit")).ToHaveValueAsync("Months");
        await Expect(manager.Locator("#OutcomeSuspensionEndsOn")).ToHaveCountAsync(0);
        await BrowserFixture.AssertAccessibleAsync(manager);

        await manager.Locator("#OutcomeReasonsText").FillAsync("Proven: carried children late at night without a booking record");
        await manager.Locator("#OutcomeSuspensionLength").FillAsync("");
        await ClickAsync(manager, "Record the decision");
        var summary = manager.Locator(".govuk-error-summary").First;
        await Expect(summary).ToContainTextAsync("A suspension is for a period: give its length in days, weeks or months");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/cases/[0-9a-f-]{36}#OutcomeSuspensionLength$"));
        await Expect(manager.GetByTestId("outcome")).ToHaveCountAsync(0);
        await BrowserFixture.AssertAccessibleAsync(manager);

        await manager.Locator("#OutcomeSuspensionLength").FillAsync("8");
        await manager.Locator("#OutcomeSuspensionUnit").SelectOptionAsync("Weeks");
        await ClickAsync(manager, "Record the decision");
        await Expect(manager.GetByTestId("outcome")).ToContainTextAsync("Suspension for a fixed period");
        await Expect(manager.GetByTestId("suspension")).ToHaveTextAsync("Suspended for 8 weeks, counted from the day the suspension takes effect");
        await BrowserFixture.AssertAccessibleAsync(manager);
    }

    [Fact]
    public async Task A_manager_adds_conditions_and_records_the_licensee_s_appeal_and_the_court_varying_them()
    {
        var s = new ReviewScenario(Build.Person("Connie", "Conditionwell", new DateOnly(1981, 9, 12), licence: null), "DL-C9902", "RC-2026-C9902", "CN-2026-C9902")
            .WithFindings();
        s.Case.Recommend(new CaseRecommendation("Fit and proper with safeguards", CaseOutcome.Conditions, "Proven conduct calls for safeguards, not suspension",
            Conditions: "Not to carry passengers under 18 unless booked through a licensed operator"), "Olivia Officer", ReviewScenario.Today);
        await AddToAppAsync(s);
        var manager = await OpenAsync(await Fixture.SignInAsync("manager@demo.example"), $"/cases/{s.Case.Id}", "Record the decision");
        await Expect(manager.Locator("#OutcomeOutcome")).ToHaveValueAsync(CaseOutcome.Conditions.ToString());
        await manager.Locator("#OutcomeReasonsText").FillAsync("Proven conduct calls for safeguards, not suspension");
        await ClickAsync(manager, "Record the decision");
        await Expect(manager.GetByRole(AriaRole.Heading, new() { Name = "Appeal against the conditions" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(manager);

        await manager.Locator("#Court").FillAsync("Eastbrook Magistrates' Court");
        await ClickAsync(manager, "Record the appeal");
        await Expect(manager.GetByText("Appeal recorded: the conditions stay on the licence until the court decides")).ToBeVisibleAsync();
        await manager.Locator("#AppealOutcome").SelectOptionAsync(AppealOutcome.Varied.ToString());
        await manager.Locator("#AppealNotes").FillAsync("The court narrowed the condition to children under 16");
        await manager.Locator("#VariedConditions").FillAsync("Not to carry passengers under 16 unless booked through a licensed operator");
        await BrowserFixture.AssertAccessibleAsync(manager);
        await ClickAsync(manager, "Record the court's decision");
        await Expect(manager.GetByTestId("appeal-outcome")).ToContainTextAsync("Varied: the court's conditions replace them");
        await BrowserFixture.AssertAccessibleAsync(manager);

        using var check = Fixture.App.Services.CreateScope();
        await using var read = await check.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync();
        var conditions = (await read.Licences.SingleAsync(l => l.Id == s.Licence.Id)).Conditions;
        Assert.Contains("varied on appeal by Eastbrook Magistrates' Court", conditions);
        Assert.Contains("under 16", conditions);
        Assert.DoesNotContain("under 18", conditions);
    }

    [Fact]
    public async Task A_committee_member_records_the_sub_committees_decision_and_cannot_open_another_hearing()
    {
        Guid otherHearing;
        using (var scope = Fixture.App.Services.CreateScope())
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LicensingDbContext>>().CreateDbContextAsync())
        {
            var committeeId = await db.Users.Where(u => u.Email == "committee@demo.example").Select(u => u.Id).SingleAsync();
            otherHearing = await db.Hearings.Where(h => !h.Members.Any(m => m.UserId == committeeId)).Select(h => h.Id).FirstAsync();
        }
        var page = await Fixture.SignInAsync("committee@demo.example");
        await page.GotoAsync("/hearings");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Expect(page.GetByTestId("hearings").Locator("tbody tr")).ToHaveCountAsync(1);
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByTestId("hearings").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(Button(page, "Record the sub-committee's decision")).ToBeEnabledAsync();
        await Expect(page.GetByText("Allegations and findings")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Attended", new() { Exact = true }).CheckAsync();
        await page.Locator("#Submissions").FillAsync("Accepts giving the gifts; says he meant no harm");
        await page.Locator("#OutcomeOutcome").SelectOptionAsync("Revocation");
        await page.Locator("#OutcomeReasonsText").FillAsync("We find the allegation proven. Grooming behaviour towards a child passenger: he is not fit and proper.");
        await ClickAsync(page, "Record the sub-committee's decision");
        await Expect(page.GetByTestId("hearing-decision")).ToContainTextAsync("Grooming behaviour");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GotoAsync($"/hearings/{otherHearing}");
        await Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
        await page.GotoAsync("/cases");
        Assert.Contains("/access-denied", page.Url);
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
