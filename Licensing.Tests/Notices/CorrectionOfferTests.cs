using Bunit;
using Licensing.Domain.Admin;
using Licensing.Domain.Decisions;
using Licensing.Domain.Notices;
using Licensing.Jobs.Notices;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Notices;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using static Licensing.Tests.Notices.NoticeFixtures;
using DecisionsTakingEffect = Licensing.Domain.Cases.DecisionsTakingEffect;

namespace Licensing.Tests.Notices;

/// <summary>The notice page offers a correction only while one can be made: not once a decision without immediate effect has taken effect.</summary>
public class CorrectionOfferTests : PageTestContext
{
    public CorrectionOfferTests()
    {
        Services.AddSingleton(new DeliveryOptions());
        Services.AddSingleton(new ServiceRules());
        AsManager();
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task A_served_revocation_notice_offers_a_correction_until_the_revocation_takes_effect(bool tookEffect, bool offered)
    {
        var saved = await DecisionNoticeAsync(Database, DecisionKind.Revocation);
        await IssueAsync(Database, saved.Notice.Id);
        await using (var db = Database.NewContext())
            await ServeNotice.RecordHandDeliveryAsync(db, saved.Notice.Id, Build.Today, "Olivia Officer", Authority);
        if (tookEffect)
            await using (var db = Database.NewContext())
                await DecisionsTakingEffect.ApplyAsync(db, Build.Today.AddDays(21), Authority);

        var cut = Render<NoticePage>(p => p.Add(x => x.Id, saved.Notice.Id));

        cut.WaitForAssertion(() => Assert.Contains("Correct this notice", cut.Markup));
        Assert.Equal(offered, cut.FindAll("button").Any(b => b.TextContent.Contains("Draft a correction")));
        Assert.Equal(!offered, cut.FindAll("[data-testid=no-correction]").Count == 1);
    }

    [Fact]
    public async Task The_page_warns_that_service_by_hand_withdraws_the_waiting_email_and_then_shows_it_withdrawn()
    {
        var saved = await DecisionNoticeAsync(Database, DecisionKind.Revocation, email: "sarah@example.com", emailAgreedOn: new DateOnly(2024, 3, 1));
        await IssueAsync(Database, saved.Notice.Id);

        var cut = Render<NoticePage>(p => p.Add(x => x.Id, saved.Notice.Id));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=email-will-be-withdrawn]")));

        await using (var db = Database.NewContext())
            await ServeNotice.RecordHandDeliveryAsync(db, saved.Notice.Id, Build.Today, "Olivia Officer", Authority);
        var after = Render<NoticePage>(p => p.Add(x => x.Id, saved.Notice.Id));
        after.WaitForAssertion(() => Assert.Contains("Withdrawn: not sent", after.Find("[data-testid=outbox]").TextContent));
        Assert.Contains("handed to the licensee on 15 June 2026", after.Find("[data-testid=outbox]").TextContent);
        Assert.Empty(after.FindAll("[data-testid=email-will-be-withdrawn]"));
    }
}
