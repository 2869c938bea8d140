namespace Harness.Runner.Recording;

/// <summary>
/// One call as a recording or a journal saw it: the raw path and query as sent, the request headers and
/// body, and the answer. Held in memory only; what is written from it never contains the key header.
/// </summary>
internal sealed record RecordedExchange(
    string Method,
    string Path,
    string Query,
    IReadOnlyList<KeyValuePair<string, string>> RequestHeaders,
    string? RequestBody,
    int Status,
    string? ResponseContentType,
    string ResponseBody)
{
    /// <summary>The operationId the source already knows (the mock's journal), else matched from the catalog.</summary>
    public string? KnownOperation { get; init; }

    /// <summary>A body the source kept only in part: it cannot be replayed or expected as it was.</summary>
    public bool RequestBodyCut { get; init; }

    public bool ResponseBodyCut { get; init; }

    public string? RequestHeader(string name) =>
        RequestHeaders.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public bool HasRequestHeader(string name) =>
        RequestHeaders.Any(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The query's name/value pairs, unescaped, in order.</summary>
    public IEnumerable<KeyValuePair<string, string>> QueryPairs() =>
        Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var (name, value) = equals < 0 ? (pair, "") : (pair[..equals], pair[(equals + 1)..]);
            return new KeyValuePair<string, string>(Unescape(name), Unescape(value));
        });

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
