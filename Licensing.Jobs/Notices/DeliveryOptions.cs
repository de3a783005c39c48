using Microsoft.Extensions.Configuration;

namespace Licensing.Jobs.Notices;

/// <summary>
/// <c>Smtp:Host/Port/UseTls/Username/Password/From</c>. With no host the messages are written as .eml
/// files to a pickup folder (under <c>Storage:Folder</c>, else the app's App_Data), so a fresh machine works.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool UseTls { get; set; } = true;
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string? From { get; set; }
}

/// <summary><c>Notices:Delivery</c>: how hard the sender tries before a notice goes to the post queue.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Notices:Delivery";
    public int MaxAttempts { get; set; } = 5;
    /// <summary>Doubles after each failed attempt: 1, 2, 4, 8 minutes by default.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>How long a claimed message may stay "sending" before it is presumed stuck and held.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);
    public int BatchSize { get; set; } = 50;
    public string PickupFolder { get; set; } = "";
    public string From { get; set; } = "";

    /// <summary>The right-hand side of every Message-ID: the sending address's domain.</summary>
    public string MessageIdDomain => From.Contains('@') ? From[(From.LastIndexOf('@') + 1)..].Trim('>', ' ') : "licensing.invalid";

    public static string PickupFolderFrom(IConfiguration config)
    {
        var root = config["Storage:Folder"] is { Length: > 0 } storage
            ? storage
            : Path.Combine(config["contentRoot"] ?? Directory.GetCurrentDirectory(), "App_Data");
        return Path.Combine(root, "mail-pickup");
    }
}
