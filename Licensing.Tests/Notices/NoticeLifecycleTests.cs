using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Notices;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Licensing.Tests.Notices.NoticeFixtures;

namespace Licensing.Tests.Notices;

public class NoticeLifecycleTests
{
    [Fact]
    public async Task An_issued_notice_cannot_be_issued_again_or_refilled()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation);
        var (issued, _) = await IssueAsync(database, saved.Notice.Id);

        await using var db = database.NewContext();
        await Assert.ThrowsAsync<DomainRuleException>(() => IssueNotice.RunAsync(db, issued.Id, Authority, "Someone Else", "eastbrook.example"));
        var notice = db.Notices.Single(n => n.Id == issued.Id);
        Assert.Throws<DomainRuleException>(() => notice.Fill(new NoticeParticulars(Body: "changed")));
        Assert.Throws<DomainRuleException>(() => notice.Issue(new IssuedDocument("X", "Y", 1, [1, 2, 3]), "Someone Else", DateTime.UtcNow, ServiceMethod.Post));
    }

    [Fact]
    public async Task A_correction_is_a_new_version_that_says_which_notice_it_replaces()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Suspension);
        var (first, firstPdf) = await IssueAsync(database, saved.Notice.Id);

        Notice correction;
        await using (var db = database.NewContext())
            correction = await CorrectNotice.RunAsync(db, first.Id);
        var (second, secondPdf) = await IssueAsync(database, correction.Id);

        Assert.Equal(2, second.NoticeVersion);
        Assert.Equal(first.Id, second.ReplacesNoticeId);
        Assert.Equal($"{first.Reference}/v2", second.Reference);
        Assert.Contains($"This notice replaces notice {first.Reference} issued on 15 June 2026, which is withdrawn", TextOf(secondPdf));
        await using var read = database.NewContext();
        var original = read.Notices.Single(n => n.Id == first.Id);
        Assert.NotNull(original.SupersededAt);
        Assert.Equal(first.Sha256, original.Sha256);
        Assert.Equal(firstPdf, read.NoticeDocuments.Single(d => d.NoticeId == first.Id).Pdf);
        await using var again = database.NewContext();
        await Assert.ThrowsAsync<DomainRuleException>(() => CorrectNotice.RunAsync(again, first.Id));
    }

    [Fact]
    public async Task Posting_first_class_serves_the_notice_and_sets_the_decisions_appeal_period()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation);
        var (issued, _) = await IssueAsync(database, saved.Notice.Id);
        Assert.Equal(ServiceMethod.Post, issued.Method); // no written agreement to email service
        Assert.True(issued.AwaitsPosting);

        await using (var db = database.NewContext())
        {
            var served = await ServeNotice.RecordPostingAsync(db, issued.Id, Build.Today, PostClass.FirstClass, "Olivia Officer", new ServiceRules(), Authority);
            Assert.Equal(new DateOnly(2026, 6, 17), served); // posted Monday 15 June → Wednesday
        }

        await using var read = database.NewContext();
        var notice = read.Notices.Single();
        Assert.Equal(NoticeStatus.Served, notice.Status);
        var decision = read.Decisions.Single(d => d.Id == saved.Decision!.Id);
        Assert.Equal(new DateOnly(2026, 6, 17), decision.NoticeServedOn);
        Assert.Equal(new DateOnly(2026, 7, 7), decision.AppealPeriodEndsOn); // 21 days beginning with 17 June
        Assert.Equal(new DateOnly(2026, 7, 8), decision.TakesEffectOn);
    }

    [Fact]
    public async Task An_immediate_effect_revocation_handed_over_today_stops_the_licence_at_once()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation, immediate: true);
        var (issued, _) = await IssueAsync(database, saved.Notice.Id);

        await using (var db = database.NewContext())
            await ServeNotice.RecordHandDeliveryAsync(db, issued.Id, Build.Today, "Olivia Officer", Authority);

        await using var read = database.NewContext();
        Assert.Equal(Licensing.Domain.Licensees.LicenceStatus.Revoked, read.Licences.Single(l => l.Id == saved.Licence!.Id).Status);
        Assert.Equal(Build.Today, read.Decisions.Single(d => d.Id == saved.Decision!.Id).TookEffectOn);
    }

    [Fact]
    public async Task A_revocation_without_immediate_effect_leaves_the_licence_in_force_while_the_appeal_period_runs()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation);
        var (issued, _) = await IssueAsync(database, saved.Notice.Id);

        await using (var db = database.NewContext())
            await ServeNotice.RecordHandDeliveryAsync(db, issued.Id, Build.Today, "Olivia Officer", Authority);

        await using var read = database.NewContext();
        Assert.Equal(Licensing.Domain.Licensees.LicenceStatus.Granted, read.Licences.Single(l => l.Id == saved.Licence!.Id).Status);
        Assert.Null(read.Decisions.Single(d => d.Id == saved.Decision!.Id).TookEffectOn);
    }

    [Fact]
    public async Task A_posting_date_in_the_future_or_before_issue_is_refused()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation);
        var (issued, _) = await IssueAsync(database, saved.Notice.Id);
        await using var db = database.NewContext();
        await Assert.ThrowsAsync<DomainRuleException>(() => ServeNotice.RecordPostingAsync(db, issued.Id, Build.Today.AddDays(1), PostClass.FirstClass, "Olivia Officer", new ServiceRules(), Authority));
        await Assert.ThrowsAsync<DomainRuleException>(() => ServeNotice.RecordPostingAsync(db, issued.Id, Build.Today.AddDays(-1), PostClass.FirstClass, "Olivia Officer", new ServiceRules(), Authority));
    }

    [Fact]
    public async Task Issuing_to_a_licensee_who_agreed_to_email_service_queues_the_email_in_the_same_save()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation, email: "sarah@example.com", emailAgreedOn: new DateOnly(2024, 3, 1));

        var (issued, _) = await IssueAsync(database, saved.Notice.Id);

        Assert.Equal(ServiceMethod.Email, issued.Method);
        await using var read = database.NewContext();
        var message = read.OutboxMessages.Single();
        Assert.Equal("sarah@example.com", message.To);
        Assert.Equal(issued.Id, message.NoticeId);
        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.EndsWith("@eastbrook.example", message.MessageId);
    }

    [Fact]
    public async Task After_the_licensee_changes_email_address_a_notice_goes_by_post_not_to_the_new_address()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation, email: "sarah@example.com", emailAgreedOn: new DateOnly(2024, 3, 1));
        await using (var db = database.NewContext())
        {
            var person = db.People.Single(p => p.Id == saved.Person.Id);
            person.Update(person.Details() with { Email = "sarah.new@example.com" }, db.Today); // the agreement date left as it was
            await db.SaveChangesAsync();
        }

        var (issued, _) = await IssueAsync(database, saved.Notice.Id);

        Assert.Equal(ServiceMethod.Post, issued.Method);
        Assert.True(issued.AwaitsPosting);
        await using var read = database.NewContext();
        Assert.Empty(read.OutboxMessages);
        Assert.Null(read.People.Single(p => p.Id == saved.Person.Id).EmailServiceAgreedOn);
    }

    [Fact]
    public async Task A_new_agreement_recorded_for_the_new_address_serves_notices_there()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation, email: "sarah@example.com", emailAgreedOn: new DateOnly(2024, 3, 1));
        await using (var db = database.NewContext())
        {
            var person = db.People.Single(p => p.Id == saved.Person.Id);
            person.Update(person.Details() with { Email = "sarah.new@example.com", EmailServiceAgreedOn = new DateOnly(2026, 6, 1) }, db.Today);
            await db.SaveChangesAsync();
        }

        var (issued, _) = await IssueAsync(database, saved.Notice.Id);

        Assert.Equal(ServiceMethod.Email, issued.Method);
        await using var read = database.NewContext();
        var message = read.OutboxMessages.Single();
        Assert.Equal("sarah.new@example.com", message.To);
        Assert.Contains("on 1 June 2026 you agreed in writing", message.Body);
    }

    [Fact]
    public async Task An_edit_that_removes_a_statutory_part_is_refused_and_a_good_edit_becomes_the_next_version()
    {
        using var database = new TestDatabase();
        await using var db = database.NewContext();
        var current = await NoticeTemplates.CurrentAsync(db, NoticeKind.Revocation);
        Assert.Equal(1, current.TemplateVersion);

        var withoutGrounds = current.Body.Replace("{{Grounds}}", "See attached.");
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => NoticeTemplates.SaveNewVersionAsync(db, NoticeKind.Revocation, current.TemplateVersion, current.Title, withoutGrounds, "Adam Administrator"));
        Assert.Contains("{{Grounds}}", error.Message);

        var withoutAppeal = current.Body.Replace("within 21 days", "promptly");
        error = await Assert.ThrowsAsync<DomainRuleException>(() => NoticeTemplates.SaveNewVersionAsync(db, NoticeKind.Revocation, current.TemplateVersion, current.Title, withoutAppeal, "Adam Administrator"));
        Assert.Contains("21 days", error.Message);

        var typo = current.Body + "\n\n{{Grnds}}";
        error = await Assert.ThrowsAsync<DomainRuleException>(() => NoticeTemplates.SaveNewVersionAsync(db, NoticeKind.Revocation, current.TemplateVersion, current.Title, typo, "Adam Administrator"));
        Assert.Contains("{{Grnds}}", error.Message);

        var edited = await NoticeTemplates.SaveNewVersionAsync(db, NoticeKind.Revocation, current.TemplateVersion, current.Title, current.Body + "\n\nPlease keep this notice safe.", "Adam Administrator");
        Assert.Equal(2, edited.TemplateVersion);
        await using var read = database.NewContext();
        Assert.Equal(2, (await NoticeTemplates.CurrentAsync(read, NoticeKind.Revocation)).TemplateVersion);
        Assert.Equal(2, await read.NoticeTemplates.CountAsync(t => t.Kind == NoticeKind.Revocation));
    }

    [Fact]
    public async Task Saving_wording_edited_from_an_older_version_is_refused_so_a_colleagues_newer_version_is_not_undone()
    {
        using var database = new TestDatabase();
        int opened;
        string body;
        await using (var db = database.NewContext())
        {
            var current = await NoticeTemplates.CurrentAsync(db, NoticeKind.WarningLetter);
            (opened, body) = (current.TemplateVersion, current.Body); // both administrators open version 1
            await NoticeTemplates.SaveNewVersionAsync(db, NoticeKind.WarningLetter, opened, current.Title, body + "\n\nAdded by A.", "Alice Administrator");
        }

        await using (var db = database.NewContext())
        {
            var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
                NoticeTemplates.SaveNewVersionAsync(db, NoticeKind.WarningLetter, opened, "Warning", body + "\n\nAdded by B.", "Bob Administrator"));
            Assert.Contains("version 2 of this wording was saved by Alice Administrator", refused.Message);
            Assert.Contains("Reload the page", refused.Message);
        }

        await using var read = database.NewContext();
        var latest = await NoticeTemplates.CurrentAsync(read, NoticeKind.WarningLetter);
        Assert.Equal(2, latest.TemplateVersion);
        Assert.EndsWith("Added by A.", latest.Body);
    }

    [Fact]
    public void Every_shipped_template_keeps_its_statutory_parts()
    {
        foreach (var (_, kind, title, body) in DefaultTemplates.All)
            NoticeTemplate.Create(kind, 1, title, body, "test", DateTime.UtcNow);
        Assert.Equal(Enum.GetValues<NoticeKind>().Length, DefaultTemplates.All.Select(t => t.Kind).Distinct().Count());
    }
}
