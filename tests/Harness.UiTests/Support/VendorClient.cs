using System.Text;
using System.Text.Json;

namespace Harness.UiTests.Support;

/// <summary>Sends the requests an app would send to the mock, each with its tenant's key header.</summary>
internal sealed class VendorClient(string baseUrl)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>POST to an Iterable path (<c>/api/…</c>) with the <c>Api-Key</c> header; a string body is sent as it is.</summary>
    public Task<int> IterableAsync(string path, string key, object body) => PostAsync(path, "Api-Key", key, JsonOf(body));

    /// <summary>POST to a Netmera path (<c>/rest/3.0/…</c>) with the <c>X-netmera-api-key</c> header.</summary>
    public Task<int> NetmeraAsync(string path, string key, object body) => PostAsync(path, "X-netmera-api-key", key, JsonOf(body));

    /// <summary>POST to an admin call (<c>/__harness/…</c>), asserting it succeeds.</summary>
    public async Task AdminAsync(string method, string pathAndQuery, string? json = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), baseUrl + pathAndQuery);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {pathAndQuery}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task<int> PostAsync(string path, string header, string key, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(header, key);
        using var response = await Http.SendAsync(request);
        return (int)response.StatusCode;
    }

    private static string JsonOf(object body) => body as string ?? JsonSerializer.Serialize(body);
}
