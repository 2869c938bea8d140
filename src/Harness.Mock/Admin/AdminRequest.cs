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

        if (Harness.Core.Schemas.JsonValueGuard.InvalidUtf8At(raw) is { } offset)
        {
            throw new AdminException(400, $"body is not valid UTF-8 (byte {offset})");
        }

        JToken parsed;
        try
        {
            // Strings that look like dates stay strings: a snapshot must come back exactly as it was sent.
            using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(System.Text.Encoding.UTF8.GetString(raw)))
            {
                DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
            };
            var token = JToken.ReadFrom(reader);
            parsed = reader.Read() && reader.TokenType != Newtonsoft.Json.JsonToken.Comment
                ? throw new Newtonsoft.Json.JsonReaderException("Additional text encountered after finished reading JSON content.")
                : token;
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            throw new AdminException(400, $"body is not JSON: {e.Message}");
        }

        // What no state can hold (1e400, integers beyond 64 bits, NUL in text) is refused here, not stored changed.
        if (Harness.Core.Schemas.JsonValueGuard.Check(parsed, 10) is { Count: > 0 } unholdable)
        {
            throw new AdminException(400, string.Join("; ", unholdable.Select(Shown)) + (unholdable.Omitted > 0 ? $"; … and {unholdable.Omitted} more" : ""));
        }

        return parsed;
    }

    /// <summary>A violation with its path, where a tenant named by its key in a whole-state snapshot is shown masked.</summary>
    private static string Shown(Harness.Core.Schemas.SchemaViolation violation)
    {
        var segments = violation.Segments.ToArray();
        if (segments is ["tenants", string name, ..] && State.KeyMask.HashIn(name) is null)
        {
            segments[1] = State.KeyMask.Mask(name);
        }

        return $"{Harness.Core.Schemas.SchemaViolation.JsonPathOf(segments)}: {violation.Message}";
    }

    public JObject JsonObject() =>
        Json() as JObject ?? throw new AdminException(400, "the body must be a JSON object");
}
