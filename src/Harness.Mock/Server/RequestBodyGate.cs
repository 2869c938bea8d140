using System.Buffers;
using System.IO.Pipelines;
using Harness.Mock.Admin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;

namespace Harness.Mock.Server;

/// <summary>
/// Reads every request body before WireMock.Net sees it, so that size and framing are settled in one place:
/// a declared length over the limit is answered 413 without reading a byte, a chunked body is counted while
/// read and cut at the limit, and a body that is broken, cut short or too slow is answered 400. Each answer is
/// in the shape of the API the path belongs to (or the admin surface's), and journaled.
/// </summary>
internal sealed class RequestBodyGate(MockRuntime runtime, RequestPipeline pipeline)
{
    private const string AdminPrefix = "/__harness";

    public static void Install(IApplicationBuilder app, MockRuntime runtime, RequestPipeline pipeline)
    {
        var gate = new RequestBodyGate(runtime, pipeline);
        app.Use(gate.InvokeAsync);
    }

    private async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var admin = context.Request.Path.StartsWithSegments(AdminPrefix, StringComparison.Ordinal);
        if (!context.Request.Host.HasValue)
        {
            // HTTP/1.0 may leave Host out; WireMock.Net builds a URI from it and fails without one.
            context.Request.Host = new HostString(context.Connection.LocalIpAddress?.ToString() ?? "127.0.0.1", context.Connection.LocalPort);
        }

        try
        {
            await GuardAsync(context, admin, next).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            // Whatever fails below answers like the API would, never with WireMock.Net's exception dump.
            await RefuseAsync(context, admin, 500, $"internal error: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
        }
    }

    private async Task GuardAsync(HttpContext context, bool admin, RequestDelegate next)
    {
        var request = context.Request;
        var limit = admin ? runtime.Options.MaxAdminBodyBytes : runtime.Options.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            await RefuseAsync(context, admin, 413, $"body of {request.ContentLength} bytes (declared) is over the limit of {limit}").ConfigureAwait(false);
            return;
        }

        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any(v => v?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var (body, problem) = Buffered(context) is { } ready ? (ready, null) : await ReadAsync(context, limit).ConfigureAwait(false);
        if (problem is not null)
        {
            await RefuseAsync(context, admin, body is null ? 400 : 413, problem).ConfigureAwait(false);
            return;
        }

        // Visible, so that the operation lane can take the array back instead of reading the stream.
        request.Body = new MemoryStream(body!, 0, body!.Length, writable: false, publiclyVisible: true);
        request.ContentLength = body!.Length;
        request.Headers.Remove("Transfer-Encoding");
        await next(context).ConfigureAwait(false);
    }

    /// <summary>
    /// A body of declared length that has already arrived whole, copied out once; otherwise null and nothing
    /// consumed. Most requests come in one packet with their body: they need neither a read timeout (a linked
    /// token and a timer per request) nor a growing buffer copied at the end.
    /// </summary>
    private static byte[]? Buffered(HttpContext context)
    {
        if (context.Request.ContentLength is not { } declared)
        {
            return null;
        }

        ReadResult result;
        try
        {
            if (!context.Request.BodyReader.TryRead(out result))
            {
                return null;
            }
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException or OperationCanceledException)
        {
            // A body cut short: the reading below meets the same failure and answers it.
            return null;
        }

        var buffer = result.Buffer;
        if (buffer.Length != declared)
        {
            context.Request.BodyReader.AdvanceTo(buffer.Start, buffer.End);
            return null;
        }

        var body = buffer.ToArray();
        context.Request.BodyReader.AdvanceTo(buffer.End);
        return body;
    }

    /// <summary>The body, or why it could not be read (body null: broken; body set: over the limit).</summary>
    private async Task<(byte[]? Body, string? Problem)> ReadAsync(HttpContext context, long limit)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, runtime.Stopping);
        timeout.CancelAfter(runtime.Options.BodyReadTimeout);
        var buffer = new ArrayBufferWriter<byte>(context.Request.ContentLength is { } declared ? (int)Math.Max(1, declared) : 4096);
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(8192);
                var read = await context.Request.Body.ReadAsync(memory, timeout.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer.WrittenSpan.ToArray(), null);
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > limit)
                {
                    return ([], $"body of more than {limit} bytes (counted while reading) is over the limit of {limit}");
                }
            }
        }
        catch (BadHttpRequestException e)
        {
            return (null, $"the request body could not be read: {e.Message}");
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return (null, $"the request body arrived too slowly: not complete after {runtime.Options.BodyReadTimeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            return (null, "the client closed the connection before the body was complete");
        }
    }

    private async Task RefuseAsync(HttpContext context, bool admin, int status, string reason)
    {
        var incoming = OperationLane.Incoming(context, RawPath.Of(context), body: null);
        var api = admin ? null : runtime.Catalog.ApiForPath(incoming.Path);
        var errors = api is null ? GenericErrors.Instance : runtime.ModuleFor(api.Name)?.Errors ?? GenericErrors.Instance;
        var response = (admin, status) switch
        {
            (true, 500) => AdminApi.Error(500, "internal error"),
            (true, _) => AdminApi.Error(status, reason),
            (_, 413) => errors.TooLarge(Limit(admin)),
            (_, 500) => errors.Internal(reason),
            _ => errors.BadJson(reason),
        };
        var key = api?.SecurityHeader is { } header ? incoming.Header(header) : null;
        pipeline.RecordUnmatched(incoming, key, response, reason);

        // The rest of the body is never read: close the connection rather than drain it.
        context.Response.Headers.Connection = "close";
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json; charset=utf-8";
        var text = response.Text ?? response.Body?.ToString(Formatting.None) ?? "";
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes).ConfigureAwait(false);
        await context.Response.CompleteAsync().ConfigureAwait(false);
    }

    /// <summary>The body this gate read, whole; null when the request came without one.</summary>
    public static byte[]? BodyOf(HttpRequest request) =>
        request.Body is MemoryStream stream && stream.TryGetBuffer(out var read) && read.Offset == 0 && read.Count == read.Array!.Length
            ? read.Array
            : null;

    private long Limit(bool admin) => admin ? runtime.Options.MaxAdminBodyBytes : runtime.Options.MaxBodyBytes;
}
