using System.Buffers;
using System.Text;
using Harness.Mock.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Harness.Mock.Server;

/// <summary>
/// Answers a request for an API operation straight from ASP.NET Core, in front of WireMock.Net's middleware.
/// WireMock.Net would copy the request into its own message (headers, query, body as bytes and text), score
/// every mapping, and copy the answer back: about 16 KB of garbage per request (of 25), which made the mock's
/// collections frequent. The answer is the one the operation's WireMock
/// mapping gives (<see cref="MappingBuilder"/>): same route table, same pipeline, same headers.
/// <para>
/// The lane stays shut while the server holds mappings of the user's own: those must match before the
/// harness's (<see cref="HarnessMockOptions.MappingsDirectory"/>), and only WireMock.Net can tell which would.
/// The admin surface and paths it cannot route (unknown paths, wrong methods) go on to WireMock.Net as before.
/// </para>
/// </summary>
internal sealed class OperationLane(RouteTable routes, RequestPipeline pipeline)
{
    private const string AdminPrefix = "/__harness";

    /// <summary>Bodies up to this size are encoded straight into the connection's output buffer.</summary>
    private const int DirectWriteLimit = 16 * 1024;

    /// <summary>Open once the server is known to hold no user mappings.</summary>
    public bool Open { get; set; }

    public void Install(IApplicationBuilder app) => app.Use(InvokeAsync);

    private async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        // The admin surface is recognised by the decoded path, as WireMock.Net's admin mapping recognises it; the
        // raw path is worked out only for a request the lane may answer.
        if (!Open || context.Request.Path.StartsWithSegments(AdminPrefix, StringComparison.Ordinal)
            || RawPath.Of(context) is var path && routes.Find(context.Request.Method, path, out var values) is not { } bound)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var response = await pipeline.HandleAsync(bound, values, Incoming(context, path, RequestBodyGate.BodyOf(context.Request))).ConfigureAwait(false);
        await WriteAsync(context.Response, response).ConfigureAwait(false);
    }

    /// <summary>The request as the pipeline reads it; <paramref name="path"/> is the raw path (<see cref="RawPath.Of"/>).</summary>
    public static IncomingRequest Incoming(HttpContext context, string path, byte[]? body)
    {
        var request = context.Request;
        return new IncomingRequest(
            Upper(request.Method),
            path,
            name => request.Query.TryGetValue(name, out var value) && value.Count > 0 ? value[0] : null,
            name => request.Headers.TryGetValue(name, out var value) && value.Count > 0 ? value[0] : null,
            body,
            context.Connection.RemoteIpAddress?.ToString() ?? "",
            request.Scheme + "://" + request.Host.Value);
    }

    /// <summary>Kestrel hands known methods as upper-case constants; anything else is compared upper-cased, as before.</summary>
    private static string Upper(string method)
    {
        foreach (var c in method)
        {
            if (char.IsLower(c))
            {
                return method.ToUpperInvariant();
            }
        }

        return method;
    }

    private static Task WriteAsync(HttpResponse http, MockResponse response)
    {
        http.StatusCode = response.Status;
        if (response.Headers is { } extra)
        {
            foreach (var (name, value) in extra)
            {
                http.Headers[name] = value;
            }
        }

        if (response.Text is not { } text)
        {
            http.ContentLength = 0;
            return Task.CompletedTask;
        }

        http.ContentType = response.ContentType ?? "text/plain; charset=utf-8";
        var length = Encoding.UTF8.GetByteCount(text);
        http.ContentLength = length;
        if (length <= DirectWriteLimit)
        {
            var span = http.BodyWriter.GetSpan(length);
            Encoding.UTF8.GetBytes(text, span);
            http.BodyWriter.Advance(length);
            return Task.CompletedTask;
        }

        return WriteLargeAsync(http, text, length);
    }

    private static async Task WriteLargeAsync(HttpResponse http, string text, int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            await http.Body.WriteAsync(buffer.AsMemory(0, written)).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
