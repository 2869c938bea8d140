using Harness.Mock.Server;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// RFC 9457 problem details, which Netmera's framework answers (instead of <c>{code, error}</c>) for
/// failures before an operation is reached: <c>type</c> about:blank, <c>title</c> the reason phrase.
/// </summary>
internal static class ProblemDetail
{
    public const string ContentType = "application/problem+json";

    public static MockResponse Answer(int status, string detail, string instance)
    {
        var body = new JObject
        {
            ["type"] = "about:blank",
            ["title"] = Title(status),
            ["status"] = status,
            ["detail"] = detail,
            ["instance"] = instance,
        };
        return new MockResponse(status, body) { Text = body.ToString(Formatting.None), ContentType = ContentType };
    }

    private static string Title(int status) => status switch
    {
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "Error",
    };
}
