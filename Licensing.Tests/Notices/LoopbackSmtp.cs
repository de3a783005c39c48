using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Licensing.Tests.Notices;

/// <summary>
/// A real SMTP server on a loopback port (SmtpServer, in-process) that keeps what it accepts, parsed
/// by MimeKit. It can be told to refuse the next messages, temporarily (451) or for good (550).
/// </summary>
public sealed class LoopbackSmtp : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;
    private readonly Store store = new();

    public int Port { get; }
    public IReadOnlyList<MimeMessage> Received => store.Received;
    public int Attempts => store.Attempts;
    public Queue<int> RefuseWith => store.RefuseWith;

    public LoopbackSmtp()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try { await running; } catch (OperationCanceledException) { }
        stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        private readonly List<MimeMessage> received = [];
        public Queue<int> RefuseWith { get; } = new();
        public int Attempts;

        public IReadOnlyList<MimeMessage> Received
        {
            get { lock (received) return received.ToList(); }
        }

        public override async Task<SmtpServer.Protocol.SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken ct)
        {
            Interlocked.Increment(ref Attempts);
            lock (received)
                if (RefuseWith.TryDequeue(out var code))
                    return new SmtpServer.Protocol.SmtpResponse((SmtpReplyCode)code, code >= 500 ? "Mailbox unavailable" : "Try again later");
            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, ct);
            lock (received) received.Add(message);
            return SmtpServer.Protocol.SmtpResponse.Ok;
        }
    }
}
