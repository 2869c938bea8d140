using Harness.Mock.Server;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Admin;

/// <summary>A call to <c>/__harness/…</c>: the path after that prefix split into segments, query and JSON body.</summary>
internal sealed record AdminRequest(string Method, string[] Segments, IncomingRequest Http)
{
    public string? Query(string name) => Http.Query(name);

    public string? Tenant => Http.Query("tenant");

    /// <summary>The body as JSON; throws <see cref="AdminException"/> with a 400 when it is not.</summary>
    public JToken Json()
    {
        if (Http.Body is not { Length: > 0 } raw)
        {
            throw new AdminException(400, "this call needs a JSON body");
        }

        try
        {
            return JToken.Parse(System.Text.Encoding.UTF8.GetString(raw));
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            throw new AdminException(400, $"body is not JSON: {e.Message}");
        }
    }

    public JObject JsonObject() =>
        Json() as JObject ?? throw new AdminException(400, "the body must be a JSON object");
}
