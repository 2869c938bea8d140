using Microsoft.AspNetCore.WebUtilities;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Modules;

/// <summary>An RFC 9457 problem detail (<c>application/problem+json</c>): type, title, status, detail and extensions.</summary>
internal static class Problem
{
    public const string ContentType = "application/problem+json";

    public static MockResponse Of(int status, string detail, JObject? extensions = null)
    {
        var body = Body(status, detail, extensions);
        return new MockResponse(status, body) { Text = body.ToString(Formatting.None), ContentType = ContentType };
    }

    public static JObject Body(int status, string detail, JObject? extensions = null)
    {
        var body = new JObject
        {
            ["type"] = "about:blank",
            ["title"] = ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : $"HTTP {status}",
            ["status"] = status,
            ["detail"] = detail,
        };
        if (extensions is not null)
        {
            body.Merge(extensions);
        }

        return body;
    }
}
