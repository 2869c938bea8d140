namespace Harness.Runner.Execution;

/// <summary>
/// Where each API's requests go (one URL for all, or one per API) and the API keys configured for them.
/// URLs are roots: the spec's base path (<c>/api</c>) is appended to them.
/// </summary>
internal sealed class RunTarget(Uri? defaultUrl, IReadOnlyDictionary<string, Uri> apiUrls, IReadOnlyDictionary<string, string> apiKeys)
{
    public Uri? DefaultUrl => defaultUrl;
    public IReadOnlyDictionary<string, Uri> ApiUrls => apiUrls;
    public IReadOnlyDictionary<string, string> ApiKeys => apiKeys;

    /// <summary>One URL for every API, no configured keys: each scenario gets a fresh tenant (a mock).</summary>
    public static RunTarget Single(string url) =>
        new(new Uri(url), new Dictionary<string, Uri>(), new Dictionary<string, string>());

    public Uri? UrlFor(string api) =>
        apiUrls.FirstOrDefault(p => string.Equals(p.Key, api, StringComparison.OrdinalIgnoreCase)).Value ?? defaultUrl;

    public string? KeyFor(string api) =>
        apiKeys.FirstOrDefault(p => string.Equals(p.Key, api, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Every distinct root, for reachability and health probes.</summary>
    public IEnumerable<Uri> Roots => apiUrls.Values.Append(defaultUrl).OfType<Uri>().Distinct();

    public override string ToString() =>
        apiUrls.Count == 0
            ? defaultUrl?.ToString().TrimEnd('/') ?? "(none)"
            : string.Join(", ", apiUrls.Select(p => $"{p.Key}={p.Value.ToString().TrimEnd('/')}").Concat(defaultUrl is null ? [] : [$"*={defaultUrl.ToString().TrimEnd('/')}"]));
}
