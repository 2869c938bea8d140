using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Harness.Runner.Http;

namespace Harness.Runner.Execution;

/// <summary>
/// Sends requests through one shared <see cref="HttpClient"/>, bounding each by the request timeout (sending,
/// reading and parsing the body together) and by a number of body bytes read, and turns every way a target
/// can misbehave into a sentence instead of an exception.
/// </summary>
internal sealed class HttpSender(HttpClient client, TimeSpan timeout, long maxResponseBytes, TimeProvider time)
{
    public TimeSpan Timeout => timeout;

    public long MaxResponseBytes => maxResponseBytes;

    /// <summary>Creates the client the runner shares: no client-wide timeout (ours is per request), no redirects.</summary>
    public static HttpClient CreateClient(HttpMessageHandler? handler = null)
    {
        handler ??= new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectTimeout = System.Threading.Timeout.InfiniteTimeSpan,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        return new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    public async Task<Exchange> SendAsync(ExchangeRequest request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var message = ToMessage(request);
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var body = await BoundedBody.ReadAsync(response.Content, maxResponseBytes, deadline.Token).ConfigureAwait(false);
            if (body.Refusal is { } refusal)
            {
                // Disposing the response without reading on closes the connection: the rest is never read.
                return new Exchange(request, null, refusal, Elapsed()) { RefusedStatus = status };
            }

            var headers = response.Headers.Concat(response.Content.Headers)
                .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v)))
                .ToArray();
            var answer = ExchangeResponse.Parsed(status, response.ReasonPhrase, headers, body.Text!, deadline.Token);
            return new Exchange(request, answer, null, Elapsed());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed($"no complete response within {Seconds(timeout)} (the request timeout)");
        }
        catch (HttpRequestException e)
        {
            return Failed(Explain(e, request.Url));
        }
        catch (IOException e)
        {
            return Failed($"the connection broke while reading the response: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // A value HTTP cannot carry (a line break in a header, say) is the scenario's mistake, not a crash.
            return Failed($"the request cannot be sent: {e.Message}");
        }

        Exchange Failed(string why) => new(request, null, why, Elapsed());

        TimeSpan Elapsed() => time.GetElapsedTime(started);
    }

    private static HttpRequestMessage ToMessage(ExchangeRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body));
        }

        foreach (var (name, value) in request.Headers)
        {
            if (message.Content is not null && IsContentHeader(name))
            {
                message.Content.Headers.Remove(name);
                // Without validation, so deliberately odd values (tests of bad content types) go out as written.
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
            else if (!IsContentHeader(name))
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    private static bool IsContentHeader(string name) =>
        name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "Expires", StringComparison.OrdinalIgnoreCase);

    private static string Explain(HttpRequestException e, Uri url)
    {
        var where = $"{url.Host}:{url.Port}";
        if (e.InnerException is SocketException socket)
        {
            return socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => $"connection refused by {where} (is the target running?)",
                SocketError.HostNotFound or SocketError.NoData => $"host '{url.Host}' not found",
                SocketError.TimedOut => $"connecting to {where} timed out",
                _ => $"cannot connect to {where}: {socket.Message}",
            };
        }

        return e.HttpRequestError switch
        {
            HttpRequestError.ResponseEnded => $"{where} closed the connection before a complete response",
            HttpRequestError.InvalidResponse => $"{where} answered something that is not HTTP: {e.Message}",
            HttpRequestError.NameResolutionError => $"host '{url.Host}' not found",
            HttpRequestError.ConnectionError => $"cannot connect to {where}: {e.InnerException?.Message ?? e.Message}",
            HttpRequestError.SecureConnectionError => $"TLS handshake with {where} failed: {e.InnerException?.Message ?? e.Message}",
            _ => $"request to {where} failed: {e.Message}",
        };
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds >= 1
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#} s")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{span.TotalMilliseconds:0} ms");

    /// <summary>A header value parsed as a media type, without parameters, or null.</summary>
    public static string? MediaType(string? contentType) => MediaTypes.Of(contentType);
}
