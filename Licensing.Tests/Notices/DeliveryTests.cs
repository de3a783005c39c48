using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Notices;
using Licensing.Jobs.Notices;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using static Licensing.Tests.Notices.NoticeFixtures;

namespace Licensing.Tests.Notices;

public class DeliveryTests
{
    private static readonly DeliveryOptions Options = new() { MaxAttempts = 3, FirstRetryDelay = TimeSpan.FromMinutes(1), Lease = TimeSpan.FromMinutes(5), From = "licensing@eastbrook.example" };

    private sealed class Factory(TestDatabase database) : IDbContextFactory<LicensingDbContext>
    {
        public LicensingDbContext CreateDbContext() => database.NewContext();
    }

    private static NoticeDispatcher Dispatcher(TestDatabase database, IMailTransport transport) =>
        new(new Factory(database), transport, Options, new ServiceRules(), Microsoft.Extensions.Options.Options.Create(Authority), NullLogger<NoticeDispatcher>.Instance);

    private static SmtpTransport Smtp(LoopbackSmtp server) => new(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, UseTls = false, From = Options.From });

    private static async Task<(Notice Notice, byte[] Pdf, Decision Decision)> IssuedByEmailAsync(TestDatabase database, string email = "sarah@example.com")
    {
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation, email: email, emailAgreedOn: new DateOnly(2024, 3, 1));
        var (notice, pdf) = await IssueAsync(database, saved.Notice.Id);
        return (notice, pdf, saved.Decision!);
    }

    private static OutboxMessage Message(TestDatabase database)
    {
        using var db = database.NewContext();
        return db.OutboxMessages.AsNoTracking().Single();
    }

    [Fact]
    public async Task The_email_reaches_a_real_smtp_server_with_the_pdf_attached_byte_for_byte_and_serves_the_notice()
    {
        using var database = new TestDatabase(); // the clock reads Monday 15 June 2026
        await using var server = new LoopbackSmtp();
        var (notice, pdf, decision) = await IssuedByEmailAsync(database);

        var result = await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None);

        Assert.Equal(new DispatchResult(1, 0, 0, 0), result);
        var mail = Assert.Single(server.Received);
        var outbox = Message(database);
        Assert.Equal(outbox.MessageId, mail.MessageId);
        Assert.Equal("sarah@example.com", mail.To.Mailboxes.Single().Address);
        Assert.Contains(notice.Reference!, mail.Subject);
        var attachment = Assert.Single(mail.Attachments.OfType<MimePart>());
        Assert.Equal("application/pdf", attachment.ContentType.MimeType);
        using var bytes = new MemoryStream();
        await attachment.Content!.DecodeToAsync(bytes);
        Assert.Equal(pdf, bytes.ToArray());

        Assert.Equal(OutboxStatus.Sent, outbox.Status);
        await using var db = database.NewContext();
        Assert.Equal(new DateOnly(2026, 6, 15), db.Notices.Single().ServedOn);
        Assert.Equal(new DateOnly(2026, 6, 15), db.Decisions.Single(d => d.Id == decision.Id).NoticeServedOn);

        Assert.Equal(new DispatchResult(0, 0, 0, 0), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));
        Assert.Single(server.Received);
    }

    [Fact]
    public async Task An_email_sent_on_a_saturday_is_served_on_the_monday()
    {
        using var database = new TestDatabase();
        await using var server = new LoopbackSmtp();
        await IssuedByEmailAsync(database);
        database.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 20, 10, 0, 0, TimeSpan.Zero));

        await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None);

        await using var db = database.NewContext();
        Assert.Equal(new DateOnly(2026, 6, 22), db.Notices.Single().ServedOn);
    }

    [Fact]
    public async Task A_temporary_refusal_is_retried_after_the_back_off_with_the_same_message_id()
    {
        using var database = new TestDatabase();
        await using var server = new LoopbackSmtp();
        await IssuedByEmailAsync(database);
        server.RefuseWith.Enqueue(451);

        var first = await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None);
        Assert.Equal(new DispatchResult(0, 1, 0, 0), first);
        var waiting = Message(database);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Contains("451", waiting.LastError);
        Assert.Empty(server.Received);

        Assert.Equal(new DispatchResult(0, 0, 0, 0), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None)); // not yet due
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DispatchResult(1, 0, 0, 0), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));

        Assert.Equal(2, server.Attempts);
        Assert.Equal(waiting.MessageId, Assert.Single(server.Received).MessageId);
        Assert.Equal(2, Message(database).Attempts);
    }

    [Fact]
    public async Task A_permanently_refused_address_fails_visibly_and_the_notice_goes_to_the_post_queue()
    {
        using var database = new TestDatabase();
        await using var server = new LoopbackSmtp();
        await IssuedByEmailAsync(database);
        server.RefuseWith.Enqueue(550);

        Assert.Equal(new DispatchResult(0, 0, 0, 1), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));

        var message = Message(database);
        Assert.Equal(OutboxStatus.GaveUp, message.Status);
        Assert.Contains("550", message.LastError);
        await using var db = database.NewContext();
        var notice = db.Notices.Single();
        Assert.True(notice.AwaitsPosting);
        Assert.Contains("550", notice.DeliveryProblem);
    }

    [Fact]
    public async Task A_malformed_address_goes_to_the_post_queue_without_troubling_the_server()
    {
        using var database = new TestDatabase();
        await using var server = new LoopbackSmtp();
        await IssuedByEmailAsync(database, email: "sarah.example.com");

        Assert.Equal(new DispatchResult(0, 0, 0, 1), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));

        Assert.Equal(0, server.Attempts);
        await using var db = database.NewContext();
        Assert.Contains("not a valid email address", db.Notices.Single().DeliveryProblem);
    }

    [Fact]
    public async Task Repeated_failure_to_reach_the_server_gives_up_after_the_last_attempt_and_falls_back_to_post()
    {
        using var database = new TestDatabase();
        await IssuedByEmailAsync(database);
        var nowhere = new SmtpTransport(new SmtpOptions { Host = "127.0.0.1", Port = 1, UseTls = false });

        for (var i = 0; i < Options.MaxAttempts; i++)
        {
            await Dispatcher(database, nowhere).RunAsync(CancellationToken.None);
            database.Clock.Advance(TimeSpan.FromHours(1));
        }

        var message = Message(database);
        Assert.Equal(OutboxStatus.GaveUp, message.Status);
        Assert.Equal(Options.MaxAttempts, message.Attempts);
        Assert.Contains("Could not connect", message.LastError);
        await using var db = database.NewContext();
        Assert.True(db.Notices.Single().AwaitsPosting);
    }

    /// <summary>Hands the message to the real server, then dies before the sender can record it.</summary>
    private sealed class DiesAfterHandOff(IMailTransport inner) : IMailTransport
    {
        public string Describe => "dies after hand-off";

        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            await inner.SendAsync(message, ct);
            throw new IOException("Connection reset while reading the server's reply");
        }
    }

    [Fact]
    public async Task A_failure_after_the_hand_off_holds_the_message_and_it_is_never_resent_blindly()
    {
        using var database = new TestDatabase();
        await using var server = new LoopbackSmtp();
        await IssuedByEmailAsync(database);

        Assert.Equal(new DispatchResult(0, 0, 1, 0), await Dispatcher(database, new DiesAfterHandOff(Smtp(server))).RunAsync(CancellationToken.None));
        database.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new DispatchResult(0, 0, 0, 0), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));

        Assert.Single(server.Received);
        var held = Message(database);
        Assert.Equal(OutboxStatus.Held, held.Status);
        Assert.Contains("not known whether the message was accepted", held.LastError);
        await using var db = database.NewContext();
        Assert.Equal(NoticeStatus.Issued, db.Notices.Single().Status); // not served until an officer confirms
    }

    [Fact]
    public async Task A_message_left_sending_by_a_process_that_died_is_held_when_its_lease_runs_out_and_not_resent()
    {
        using var database = new TestDatabase();
        await using var server = new LoopbackSmtp();
        await IssuedByEmailAsync(database);
        // The dying process: claimed and saved, handed to SMTP, then killed before recording the result.
        await using (var db = database.NewContext())
        {
            var message = db.OutboxMessages.Single();
            message.Claim(db.UtcNow, Options.Lease);
            await db.SaveChangesAsync();
            await Smtp(server).SendAsync(new MimeMessage([MailboxAddress.Parse(Options.From)], [MailboxAddress.Parse(message.To)], message.Subject, new TextPart("plain") { Text = message.Body }) { MessageId = message.MessageId }, CancellationToken.None);
        }

        Assert.Equal(new DispatchResult(0, 0, 0, 0), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None)); // lease still running: leave it
        database.Clock.Advance(Options.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(new DispatchResult(0, 0, 1, 0), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));
        Assert.Equal(new DispatchResult(0, 0, 0, 0), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));

        Assert.Single(server.Received);
        Assert.Equal(OutboxStatus.Held, Message(database).Status);
        Assert.Equal(NoticeDispatcher.StuckReason, Message(database).LastError);
    }

    [Fact]
    public async Task An_officer_confirming_a_held_message_serves_the_notice_and_a_resend_goes_once_more_with_the_same_message_id()
    {
        using var database = new TestDatabase();
        await using var server = new LoopbackSmtp();
        await IssuedByEmailAsync(database);
        await Dispatcher(database, new DiesAfterHandOff(Smtp(server))).RunAsync(CancellationToken.None);
        var held = Message(database);

        await using (var db = database.NewContext())
            await HeldMessages.ResendAsync(db, held.Id, "Olivia Officer");
        Assert.Equal(new DispatchResult(1, 0, 0, 0), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));
        Assert.Equal(2, server.Received.Count);
        Assert.All(server.Received, m => Assert.Equal(held.MessageId, m.MessageId));
        await using (var db = database.NewContext())
            Assert.Equal(NoticeStatus.Served, db.Notices.Single().Status);
    }

    [Fact]
    public async Task Confirming_a_held_message_as_sent_serves_the_notice_on_the_day_it_was_handed_over()
    {
        using var database = new TestDatabase();
        await using var server = new LoopbackSmtp();
        await IssuedByEmailAsync(database);
        await Dispatcher(database, new DiesAfterHandOff(Smtp(server))).RunAsync(CancellationToken.None);
        database.Clock.Advance(TimeSpan.FromDays(2));

        await using (var db = database.NewContext())
            await HeldMessages.ConfirmSentAsync(db, Message(database).Id, "Olivia Officer", new ServiceRules(), Authority);

        await using var read = database.NewContext();
        Assert.Equal(OutboxStatus.Sent, read.OutboxMessages.Single().Status);
        Assert.Equal(new DateOnly(2026, 6, 15), read.Notices.Single().ServedOn);
    }

    [Fact]
    public async Task A_notice_handed_over_while_its_email_is_retrying_is_not_emailed_as_well()
    {
        using var database = new TestDatabase();
        await using var server = new LoopbackSmtp();
        var (notice, _, _) = await IssuedByEmailAsync(database);
        server.RefuseWith.Enqueue(451);
        Assert.Equal(new DispatchResult(0, 1, 0, 0), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));

        await using (var db = database.NewContext())
            await ServeNotice.RecordHandDeliveryAsync(db, notice.Id, new DateOnly(2026, 6, 15), "Olivia Officer", Authority);
        database.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new DispatchResult(0, 0, 0, 0), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));

        Assert.Empty(server.Received);
        var withdrawn = Message(database);
        Assert.Equal(OutboxStatus.Withdrawn, withdrawn.Status);
        Assert.Contains("handed to the licensee on 15 June 2026", withdrawn.LastError);
        Assert.Contains("451", withdrawn.LastError); // the earlier refusal is kept in the reason
        Assert.Equal("Olivia Officer", withdrawn.ResolvedBy);
    }

    [Fact]
    public async Task A_correction_issued_while_the_original_email_is_retrying_withdraws_it_so_only_the_correction_reaches_the_licensee()
    {
        using var database = new TestDatabase();
        await using var server = new LoopbackSmtp();
        var (notice, _, _) = await IssuedByEmailAsync(database);
        server.RefuseWith.Enqueue(451);
        Assert.Equal(new DispatchResult(0, 1, 0, 0), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));

        Notice correction;
        await using (var db = database.NewContext())
            correction = await CorrectNotice.RunAsync(db, notice.Id);
        await IssueAsync(database, correction.Id);
        database.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new DispatchResult(1, 0, 0, 0), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));

        Assert.Contains($"{notice.Reference}/v2", Assert.Single(server.Received).Subject);
        await using var read = database.NewContext();
        var original = read.OutboxMessages.Single(m => m.NoticeId == notice.Id);
        Assert.Equal(OutboxStatus.Withdrawn, original.Status);
        Assert.Contains("a correction replaced the notice before it was served", original.LastError);
    }

    [Fact]
    public async Task A_held_email_whose_notice_was_then_posted_is_withdrawn_and_cannot_be_sent_again()
    {
        using var database = new TestDatabase();
        await using var server = new LoopbackSmtp();
        var (notice, _, _) = await IssuedByEmailAsync(database);
        await Dispatcher(database, new DiesAfterHandOff(Smtp(server))).RunAsync(CancellationToken.None);
        var held = Message(database);
        Assert.Equal(OutboxStatus.Held, held.Status);

        await using (var db = database.NewContext())
            await ServeNotice.RecordPostingAsync(db, notice.Id, new DateOnly(2026, 6, 15), PostClass.FirstClass, "Olivia Officer", new ServiceRules(), Authority);
        Assert.Equal(OutboxStatus.Withdrawn, Message(database).Status);
        Assert.Contains("posted on 15 June 2026 by Olivia Officer", Message(database).LastError);

        await using (var db = database.NewContext())
            await Assert.ThrowsAsync<Licensing.Domain.Common.DomainRuleException>(() => HeldMessages.ResendAsync(db, held.Id, "Olivia Officer"));
        Assert.Equal(new DispatchResult(0, 0, 0, 0), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));
        Assert.Single(server.Received); // only the hand-off of the first attempt
    }

    /// <summary>A notice served by hand while its email stayed queued, as the service was recorded before emails were withdrawn with it.</summary>
    private static async Task ServedByHandLeavingTheEmailAsync(TestDatabase database, Guid noticeId)
    {
        await using var db = database.NewContext();
        db.Notices.Single(n => n.Id == noticeId).RecordHandDelivery(new DateOnly(2026, 6, 15), "Olivia Officer", db.Today);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_sender_withdraws_a_waiting_email_whose_notice_was_already_served_another_way()
    {
        using var database = new TestDatabase();
        await using var server = new LoopbackSmtp();
        var (notice, _, _) = await IssuedByEmailAsync(database);
        await ServedByHandLeavingTheEmailAsync(database, notice.Id);

        Assert.Equal(new DispatchResult(0, 0, 0, 0, Withdrawn: 1), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));

        Assert.Equal(0, server.Attempts);
        var message = Message(database);
        Assert.Equal(OutboxStatus.Withdrawn, message.Status);
        Assert.Equal(0, message.Attempts);
        Assert.Contains("handed to the licensee", message.LastError);
    }

    [Fact]
    public async Task Send_again_is_refused_for_a_held_email_whose_notice_was_already_served_another_way()
    {
        using var database = new TestDatabase();
        await using var server = new LoopbackSmtp();
        var (notice, _, _) = await IssuedByEmailAsync(database);
        await Dispatcher(database, new DiesAfterHandOff(Smtp(server))).RunAsync(CancellationToken.None);
        await ServedByHandLeavingTheEmailAsync(database, notice.Id);

        await using (var db = database.NewContext())
        {
            var refused = await Assert.ThrowsAsync<Licensing.Domain.Common.DomainRuleException>(() => HeldMessages.ResendAsync(db, Message(database).Id, "Olivia Officer"));
            Assert.Contains("not sent again", refused.Message);
        }
        Assert.Equal(OutboxStatus.Held, Message(database).Status);
        Assert.Equal(new DispatchResult(0, 0, 0, 0), await Dispatcher(database, Smtp(server)).RunAsync(CancellationToken.None));
        Assert.Single(server.Received);
    }

    [Fact]
    public async Task Service_by_post_is_not_recorded_while_the_email_is_being_sent()
    {
        using var database = new TestDatabase();
        var (notice, _, _) = await IssuedByEmailAsync(database);
        await using (var db = database.NewContext())
        {
            db.OutboxMessages.Single().Claim(db.UtcNow, Options.Lease);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
            await Assert.ThrowsAsync<Licensing.Domain.Common.DomainRuleException>(() =>
                ServeNotice.RecordPostingAsync(db, notice.Id, new DateOnly(2026, 6, 15), PostClass.FirstClass, "Olivia Officer", new ServiceRules(), Authority));

        await using var read = database.NewContext();
        Assert.Equal(NoticeStatus.Issued, read.Notices.Single().Status);
        Assert.Equal(OutboxStatus.Sending, read.OutboxMessages.Single().Status);
    }

    [Fact]
    public async Task Without_smtp_the_message_is_written_as_an_eml_file_to_the_pickup_folder()
    {
        using var database = new TestDatabase();
        var (_, pdf, _) = await IssuedByEmailAsync(database);
        var folder = Path.Combine(TestFolders.Root, $"pickup-{Guid.NewGuid():N}");

        Assert.Equal(new DispatchResult(1, 0, 0, 0), await Dispatcher(database, new PickupFolderTransport(folder)).RunAsync(CancellationToken.None));

        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        var mail = await MimeMessage.LoadAsync(file);
        Assert.Equal(Message(database).MessageId, mail.MessageId);
        using var bytes = new MemoryStream();
        await mail.Attachments.OfType<MimePart>().Single().Content!.DecodeToAsync(bytes);
        Assert.Equal(pdf, bytes.ToArray());
    }
}
