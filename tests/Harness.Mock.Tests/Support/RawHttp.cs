using System.Net.Sockets;
using System.Text;

namespace Harness.Mock.Tests.Support;

/// <summary>
/// Speaks HTTP/1.x over a bare loopback socket, for requests no HTTP client library will send: broken
/// framing, missing Host, bodies that stop halfway. Every read is bounded by a timeout.
/// </summary>
public sealed class RawHttp : IAsyncDisposable
{
    private readonly TcpClient _client = new();
    private NetworkStream? _stream;

    public static async Task<RawHttp> ConnectAsync(HarnessMock mock)
    {
        var raw = new RawHttp();
        await raw._client.ConnectAsync("127.0.0.1", mock.Port);
        raw._stream = raw._client.GetStream();
        return raw;
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

    public async Task SendAsync(byte[] bytes)
    {
        await _stream!.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    /// <summary>No more bytes from this side; the server sees the end of the stream.</summary>
    public void ShutdownSend() => _client.Client.Shutdown(SocketShutdown.Send);

    /// <summary>
    /// Reads the answer up to the end of its body (by Content-Length) or until the server closes. Null when
    /// the connection was closed before any byte of an answer arrived.
    /// </summary>
    public async Task<RawAnswer?> ReadAnswerAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            while (true)
            {
                var read = await _stream!.ReadAsync(chunk, cts.Token);
                if (read == 0)
                {
                    break;
                }

                buffer.Write(chunk, 0, read);
                if (RawAnswer.TryParse(buffer.ToArray(), out var complete))
                {
                    return complete;
                }
            }
        }
        catch (IOException)
        {
            // A reset connection is an answer too: no bytes.
        }

        return buffer.Length == 0 ? null : RawAnswer.Parse(buffer.ToArray());
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>A raw answer: status code, header block and body text.</summary>
public sealed record RawAnswer(int Status, string Headers, string Body)
{
    public static bool TryParse(byte[] bytes, out RawAnswer? answer)
    {
        answer = null;
        var text = Encoding.UTF8.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var headers = text[..end];
        var length = headers.Split("\r\n").Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(-1);
        if (length < 0 || Encoding.UTF8.GetByteCount(text[(end + 4)..]) < length)
        {
            return false;
        }

        answer = Parse(bytes);
        return true;
    }

    public static RawAnswer Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = end < 0 ? text : text[..end];
        var status = int.TryParse(headers.Split(' ', 3).ElementAtOrDefault(1), out var code) ? code : 0;
        return new RawAnswer(status, headers, end < 0 ? "" : text[(end + 4)..]);
    }
}
