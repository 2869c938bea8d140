using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Harness.Runner.Http;

namespace Harness.Runner.Tests.Support;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 over a raw <see cref="TcpListener"/>, able to misbehave on purpose
/// (hang, drop the connection, answer garbage), which no real framework would let a test do.
/// </summary>
internal sealed class FakeServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<FakeRequest, FakeReply> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private FakeServer(Func<FakeRequest, FakeReply> handler)
    {
        _handler = handler;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    public static FakeServer Start(Func<FakeRequest, FakeReply> handler) => new(handler);

    /// <summary>A port nobody listens on (for "connection refused").</summary>
    public static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream);
                if (request is null)
                {
                    return;
                }

                Requests.Enqueue(request);
                await _handler(request).WriteAsync(client, stream, _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // The client went away or the server stops: nothing to answer.
            }
        }
    }

    private static async Task<FakeRequest?> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            buffer.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString(buffer.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var first = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var body = new byte[headers.TryGetValue("Content-Length", out var length) ? int.Parse(length, System.Globalization.CultureInfo.InvariantCulture) : 0];
        var read = 0;
        while (read < body.Length)
        {
            var n = await stream.ReadAsync(body.AsMemory(read));
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return new FakeRequest(first[0], first[1], headers, Encoding.UTF8.GetString(body));
    }

    private static bool EndsWithBlankLine(List<byte> buffer) =>
        buffer.Count >= 4 && buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n';

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}

internal sealed record FakeRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Path => Target.Split('?')[0];

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>What the fake server does with a request.</summary>
internal abstract record FakeReply
{
    public static FakeReply Json(int status, string body, params (string Name, string Value)[] headers) =>
        new Respond(status, "application/json", body, headers);

    public static FakeReply Text(int status, string contentType, string body) => new Respond(status, contentType, body, []);

    public static FakeReply Empty(int status) => new Respond(status, null, "", []);

    /// <summary>Accept, read the request, never answer.</summary>
    public static FakeReply Hang { get; } = new HangReply();

    /// <summary>Accept, read the request, close the connection without a byte.</summary>
    public static FakeReply Close { get; } = new CloseReply();

    /// <summary>Answer bytes that are not HTTP.</summary>
    public static FakeReply Garbage { get; } = new GarbageReply();

    /// <summary>
    /// A 200 whose body is <paramref name="bytes"/> bytes of <paramref name="fill"/> repeated, written in pieces of
    /// <paramref name="piece"/> bytes (<paramref name="pause"/> between them): chunked unless <paramref name="declareLength"/>.
    /// <see cref="Written"/> counts what got out before the client stopped reading.
    /// </summary>
    public static StreamReply Stream(long bytes, string fill = "x", int piece = 64 * 1024, bool declareLength = false, TimeSpan? pause = null) =>
        new(bytes, fill, piece, declareLength, pause ?? TimeSpan.Zero);

    public abstract Task WriteAsync(TcpClient client, NetworkStream stream, CancellationToken stop);

    internal sealed record StreamReply(long Bytes, string Fill, int Piece, bool DeclareLength, TimeSpan Pause) : FakeReply
    {
        private long _written;

        public long Written => Interlocked.Read(ref _written);

        public override async Task WriteAsync(TcpClient client, NetworkStream stream, CancellationToken stop)
        {
            var framing = DeclareLength ? $"Content-Length: {Bytes}" : "Transfer-Encoding: chunked";
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{framing}\r\nConnection: close\r\n\r\n"), stop);
            var pattern = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Fill, Piece / Fill.Length + 1)));
            for (var sent = 0L; sent < Bytes;)
            {
                var size = (int)Math.Min(Piece, Bytes - sent);
                var data = pattern.AsMemory(0, size);
                if (!DeclareLength)
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes($"{size:x}\r\n"), stop);
                }

                await stream.WriteAsync(data, stop);
                if (!DeclareLength)
                {
                    await stream.WriteAsync("\r\n"u8.ToArray(), stop);
                }

                sent += size;
                Interlocked.Add(ref _written, size);
                if (Pause > TimeSpan.Zero)
                {
                    await Task.Delay(Pause, stop);
                }
            }

            if (!DeclareLength)
            {
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), stop);
            }
        }
    }

    private sealed record Respond(int Status, string? ContentType, string Body, (string Name, string Value)[] Headers) : FakeReply
    {
        public override async Task WriteAsync(TcpClient client, NetworkStream stream, CancellationToken stop)
        {
            var body = Encoding.UTF8.GetBytes(Body);
            var head = new StringBuilder($"HTTP/1.1 {Status} {(HttpStatusCode)Status}\r\n");
            if (ContentType is not null)
            {
                head.Append("Content-Type: ").Append(ContentType).Append("\r\n");
            }

            foreach (var (name, value) in Headers)
            {
                head.Append(name).Append(": ").Append(value).Append("\r\n");
            }

            head.Append("Content-Length: ").Append(body.Length).Append("\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), stop);
            await stream.WriteAsync(body, stop);
        }
    }

    private sealed record HangReply : FakeReply
    {
        public override Task WriteAsync(TcpClient client, NetworkStream stream, CancellationToken stop) => Task.Delay(Timeout.Infinite, stop);
    }

    private sealed record CloseReply : FakeReply
    {
        public override Task WriteAsync(TcpClient client, NetworkStream stream, CancellationToken stop)
        {
            client.Client.Shutdown(SocketShutdown.Both);
            return Task.CompletedTask;
        }
    }

    private sealed record GarbageReply : FakeReply
    {
        public override async Task WriteAsync(TcpClient client, NetworkStream stream, CancellationToken stop) =>
            await stream.WriteAsync(Encoding.ASCII.GetBytes("SSH-2.0-OpenSSH_9.6\r\nthis is not http\r\n\r\n"), stop);
    }
}
