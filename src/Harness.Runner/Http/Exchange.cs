using Newtonsoft.Json.Linq;

namespace Harness.Runner.Http;

/// <summary>A request as sent, kept for reports, curl lines and checks.</summary>
internal sealed record ExchangeRequest(string Method, Uri Url, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}

/// <summary>A response as received; the body is parsed as JSON once, on first use.</summary>
internal sealed record ExchangeResponse(int Status, string? Reason, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    private readonly Lazy<(JToken? Token, string? Error)> _json = new(() =>
        Http.Json.TryParse(Body, out var token, out var error) ? (token, null) : (null, error));

    public string? ContentType => Header("Content-Type");

    /// <summary>The Content-Type as a media type, without parameters, or null.</summary>
    public string? MediaType => MediaTypes.Of(ContentType);

    public bool IsEmpty => Body.Length == 0;

    /// <summary>The body as JSON, or null when it is empty or not JSON (see <see cref="JsonError"/>).</summary>
    public JToken? Json => IsEmpty ? null : _json.Value.Token;

    public string? JsonError => IsEmpty ? null : _json.Value.Error;

    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Value)
            .Aggregate((string?)null, (joined, value) => joined is null ? value : joined + ", " + value);
}

/// <summary>One request and what came back: a response, or the reason none did.</summary>
internal sealed record Exchange(ExchangeRequest Request, ExchangeResponse? Response, string? TransportError, TimeSpan Duration)
{
    public bool Answered => Response is not null;
}
