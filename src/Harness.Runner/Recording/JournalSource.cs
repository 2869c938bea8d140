using System.Text.RegularExpressions;
using Harness.Runner.Execution;
using Harness.Runner.Http;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Recording;

/// <summary>
/// Reads one tenant's calls from a harness mock's request journal (<c>GET /__harness/requests?tenant=K</c>)
/// as recorded exchanges, oldest first, so they can be written as a scenario like a recording.
/// </summary>
internal static partial class JournalSource
{
    public const string RequestsPath = "/__harness/requests";

    /// <summary>The tenant's exchanges, or a sentence saying why there are none to have.</summary>
    public static async Task<(IReadOnlyList<RecordedExchange> Exchanges, string? Problem)> ReadAsync(HttpClient client, Uri mock, string tenant,
        CancellationToken cancellationToken)
    {
        var url = new Uri(mock.AbsoluteUri.TrimEnd('/') + RequestsPath + "?tenant=" + Uri.EscapeDataString(tenant));
        string text;
        int status;
        try
        {
            using var response = await client.GetAsync(url, cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return ([], $"cannot read the journal at {mock.AbsoluteUri.TrimEnd('/')}: {e.Message}");
        }

        if (status != 200 || !Json.TryParse(text, out var json, out _) || json?["requests"] is not JArray requests)
        {
            return ([], $"{mock.AbsoluteUri.TrimEnd('/')} is not a harness mock with a request journal (GET {RequestsPath} answered {status})");
        }

        var exchanges = requests.OfType<JObject>().Select(ToExchange).ToArray();
        return exchanges.Length == 0 ? ([], "the journal holds no calls of that tenant") : (exchanges, null);
    }

    private static RecordedExchange ToExchange(JObject entry)
    {
        var requestBody = entry.Value<string>("requestBody");
        var responseBody = entry.Value<string>("responseBody") ?? "";
        var query = entry["query"] is JObject pairs
            ? string.Join('&', pairs.Properties().Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value.ToString())))
            : "";
        var headers = entry["headers"] is JObject named
            ? named.Properties().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.ToString())).ToArray()
            : [];
        return new RecordedExchange(
            entry.Value<string>("method") ?? "GET",
            entry.Value<string>("path") ?? "/",
            query,
            headers,
            requestBody,
            entry.Value<int?>("status") ?? 0,
            null,
            responseBody)
        {
            KnownOperation = entry.Value<string>("operation"),
            // Only calls with this tenant's key are asked for.
            KeyNotKept = true,
            RequestBodyCut = requestBody is not null && CutMark().IsMatch(requestBody),
            ResponseBodyCut = CutMark().IsMatch(responseBody),
        };
    }

    /// <summary>How the journal marks a body it kept only the start of: <c>… (12345 characters)</c>.</summary>
    [GeneratedRegex(@"… \(\d+ (characters|bytes)\)$")]
    private static partial Regex CutMark();
}
