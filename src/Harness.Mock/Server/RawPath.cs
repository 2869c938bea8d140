using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Harness.Mock.Server;

/// <summary>
/// WireMock.Net hands mappings a decoded path, where <c>team%2Fa</c> has become two segments and
/// <c>%2541</c> is decoded twice by the time a template decodes it. A middleware in front copies the
/// path exactly as sent into a header, which the operation mappings match and the pipeline reads.
/// </summary>
internal static class RawPath
{
    public const string Header = "X-Harness-Raw-Path";

    public static void Install(IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // A client cannot choose the value: whatever it sent under this name is replaced.
            context.Request.Headers[Header] = Of(context);
            await next(context).ConfigureAwait(false);
        });

    /// <summary>The path of the request line, without its query, still percent-encoded.</summary>
    public static string Of(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        return string.IsNullOrEmpty(target) ? context.Request.Path.Value ?? "/"
            : target.IndexOf('?', StringComparison.Ordinal) is var query and >= 0 ? target[..query] : target;
    }
}
