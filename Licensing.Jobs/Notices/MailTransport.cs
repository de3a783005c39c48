using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Licensing.Jobs.Notices;

/// <summary>
/// Hands a message to the mail system. Throws <see cref="MailNotSentException"/> only when the message
/// certainly was not accepted; any other exception means the outcome is unknown (the sender holds it).
/// </summary>
public interface IMailTransport
{
    string Describe { get; }
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

public sealed class MailNotSentException(string reason, bool permanent, Exception? inner = null) : Exception(reason, inner)
{
    /// <summary>The server refused for good (e.g. 550 no such mailbox): no point retrying.</summary>
    public bool Permanent { get; } = permanent;
}

public sealed class SmtpTransport(SmtpOptions options) : IMailTransport
{
    public string Describe => $"SMTP {options.Host}:{options.Port}{(options.UseTls ? " with TLS" : "")}";

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient();
        try
        {
            var security = !options.UseTls ? SecureSocketOptions.None : options.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(options.Host ?? "", options.Port, security, ct);
            if (!string.IsNullOrEmpty(options.Username)) await client.AuthenticateAsync(options.Username, options.Password ?? "", ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing was handed over yet: safe to try again later.
            throw new MailNotSentException($"Could not connect to the mail server {options.Host}:{options.Port}: {e.Message}", false, e);
        }

        try
        {
            await client.SendAsync(message, ct);
        }
        catch (SmtpCommandException e)
        {
            // The server answered with a refusal, so it did not take the message.
            throw new MailNotSentException($"The mail server refused the message: {(int)e.StatusCode} {e.Message}", (int)e.StatusCode >= 500, e);
        }

        try { await client.DisconnectAsync(true, ct); }
        catch (Exception e) when (e is not OperationCanceledException) { /* accepted already; a failed QUIT changes nothing */ }
    }
}

/// <summary>No SMTP configured: each message becomes an .eml file, named by its Message-ID, in a pickup folder.</summary>
public sealed class PickupFolderTransport(string folder) : IMailTransport
{
    public string Describe => $"pickup folder {folder}";

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        string temp;
        try
        {
            Directory.CreateDirectory(folder);
            temp = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
            await message.WriteToAsync(temp, ct);
        }
        catch (IOException e)
        {
            throw new MailNotSentException($"Could not write to the pickup folder {folder}: {e.Message}", false, e);
        }
        File.Move(temp, Path.Combine(folder, $"{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml"), overwrite: true);
    }
}
