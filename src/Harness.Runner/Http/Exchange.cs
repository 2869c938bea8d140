using Newtonsoft.Json.Linq;

namespace Harness.Runner.Http;

/// <summary>A request as sent, kept for reports, curl lines and checks.</summary>
internal sealed record ExchangeRequest(string Method, Uri Url, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}

/// <summary>A response as received; the body is parsed as JSON once, when received or on first use.</summary>
internal sealed record ExchangeResponse(int Status, string? Reason, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    private (JToken? Token, string? Error)? _parsed;

    private readonly Lazy<(JToken? Token, string? Error)> _json = new(() =>
        Http.Json.TryParse(Body, out var token, out var error) ? (token, null) : (null, error));

    /// <summary>
    /// A response whose body is parsed now, under <paramref name="cancellationToken"/>: the sender's deadline
    /// then bounds parsing as well as reading.
    /// </summary>
    public static ExchangeResponse Parsed(int status, string? reason, IReadOnlyList<KeyValuePair<string, string>> headers, string body, CancellationToken cancellationToken)
    {
        var response = new ExchangeResponse(status, reason, headers, body);
        if (body.Length > 0)
        {
            response._parsed = Http.Json.TryParse(body, cancellationToken, out var token, out var error) ? (token, null) : (null, error);
        }

        return response;
    }

    public string? ContentType => Header("Content-Type");

    /// <summary>The Content-Type as a media type, without parameters, or null.</summary>
    public string? MediaType => MediaTypes.Of(ContentType);

    public bool IsEmpty => Body.Length == 0;

    /// <summary>The body as JSON, or null when it is empty or not JSON (see <see cref="JsonError"/>).</summary>
    public JToken? Json => IsEmpty ? null : Parse().Token;

    public string? JsonError => IsEmpty ? null : Parse().Error;

    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Value)
            .Aggregate((string?)null, (joined, value) => joined is null ? value : joined + ", " + value);

    private (JToken? Token, string? Error) Parse() => _parsed ?? _json.Value;
}

/// <summary>One request and what came back: a response, or the reason none did.</summary>
internal sealed record Exchange(ExchangeRequest Request, ExchangeResponse? Response, string? TransportError, TimeSpan Duration)
{
    public bool Answered => Response is not null;

    /// <summary>The status of an answer the runner refused to read in full (its body was over the limit).</summary>
    public int? RefusedStatus { get; init; }
}
