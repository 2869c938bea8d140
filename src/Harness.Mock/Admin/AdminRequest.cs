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
            // Strings that look like dates stay strings: a snapshot must come back exactly as it was sent.
            using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(System.Text.Encoding.UTF8.GetString(raw)))
            {
                DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
            };
            var token = JToken.ReadFrom(reader);
            return reader.Read() && reader.TokenType != Newtonsoft.Json.JsonToken.Comment
                ? throw new Newtonsoft.Json.JsonReaderException("Additional text encountered after finished reading JSON content.")
                : token;
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            throw new AdminException(400, $"body is not JSON: {e.Message}");
        }
    }

    public JObject JsonObject() =>
        Json() as JObject ?? throw new AdminException(400, "the body must be a JSON object");
}
