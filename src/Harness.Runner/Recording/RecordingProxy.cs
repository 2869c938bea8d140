using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Harness.Runner.Recording;

/// <summary>
/// A loopback HTTP proxy in front of one target: each request is forwarded as it came (method, raw path
/// and query, headers, body) and the answer goes back as it came, while the session keeps a copy of both.
/// <code>await using var proxy = await RecordingProxy.StartAsync(new Uri("https://api.example.com"), 0, session);
/// // point the client at proxy.Url</code>
/// </summary>
internal sealed class RecordingProxy : IAsyncDisposable
{
    /// <summary>Bodies above this are refused (413) rather than held in memory.</summary>
    public const int MaxBodyBytes = 16 * 1024 * 1024;

    /// <summary>Headers that belong to one connection, never forwarded (RFC 9110 §7.6.1).</summary>
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Host",
    };

    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private RecordingProxy(WebApplication app, HttpClient client, string url)
    {
        _app = app;
        _client = client;
        Url = url;
    }

    public string Url { get; }

    public static async Task<RecordingProxy> StartAsync(Uri target, int port, RecordingSession session, TimeSpan? timeout = null,
        long maxResponseBytes = Http.BoundedBody.DefaultLimit, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        // The command decides when to stop: the host's own Ctrl+C handling would stop the proxy behind its back.
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            k.Limits.MaxRequestBodySize = MaxBodyBytes;
        });
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = DecompressionMethods.None })
        {
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };
        var app = builder.Build();
        var root = target.AbsoluteUri.TrimEnd('/');
        app.Run(context => ForwardAsync(context, root, client, session, maxResponseBytes));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RecordingProxy(app, client, address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/'));
    }

    private static async Task ForwardAsync(HttpContext context, string root, HttpClient client, RecordingSession session, long maxResponseBytes)
    {
        var incoming = context.Request;
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? incoming.Path + incoming.QueryString;
        using var buffer = new MemoryStream();
        await incoming.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var requestBody = buffer.ToArray();

        using var message = new HttpRequestMessage(new HttpMethod(incoming.Method), root + raw);
        if (requestBody.Length > 0 || incoming.ContentLength is not null)
        {
            message.Content = new ByteArrayContent(requestBody);
        }

        var requestHeaders = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in incoming.Headers)
        {
            if (HopByHop.Contains(name))
            {
                continue;
            }

            foreach (var value in values.OfType<string>())
            {
                requestHeaders.Add(new(name, value));
                if (!message.Headers.TryAddWithoutValidation(name, value))
                {
                    message.Content?.Headers.TryAddWithoutValidation(name, value);
                }
            }
        }

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Not the target's answer, so not part of the recording.
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            await context.Response.WriteAsync($"harness record: the target did not answer: {e.Message}", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        using (response)
        {
            var declared = response.Content.Headers.ContentLength;
            var bounded = declared > maxResponseBytes ? null
                : await Http.BoundedBody.ReadBytesAsync(response.Content, maxResponseBytes, context.RequestAborted).ConfigureAwait(false);
            if (bounded is not { } read)
            {
                // Passing on a part would hand the client a body that looks whole; nothing is recorded of it either.
                context.Response.StatusCode = StatusCodes.Status502BadGateway;
                await context.Response.WriteAsync($"harness record: the target answered {(int)response.StatusCode}, but its {Http.BoundedBody.Exceeded(maxResponseBytes)}",
                    context.RequestAborted).ConfigureAwait(false);
                return;
            }

            var responseBody = read.AsMemory();
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            {
                if (!HopByHop.Contains(name) && !string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.Headers[name] = values.ToArray();
                }
            }

            context.Response.ContentLength = responseBody.Length;
            await context.Response.Body.WriteAsync(responseBody, context.RequestAborted).ConfigureAwait(false);
            var path = raw.Split('?', 2);
            session.Add(new RecordedExchange(
                incoming.Method.ToUpperInvariant(),
                path[0],
                path.Length > 1 ? path[1] : "",
                requestHeaders,
                requestBody.Length == 0 ? null : Encoding.UTF8.GetString(requestBody),
                (int)response.StatusCode,
                response.Content.Headers.ContentType?.ToString(),
                Encoding.UTF8.GetString(responseBody.Span)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _client.Dispose();
    }

    private sealed class QuietLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
