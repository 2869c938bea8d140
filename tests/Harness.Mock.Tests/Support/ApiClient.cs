using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

using Harness.Mock.Tests;

namespace Harness.Mock.Tests.Support;

/// <summary>
/// Talks to one API of a mock as one tenant. A new client gets a fresh random key, so tests never see
/// each other's state.
/// </summary>
public sealed class ApiClient
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly HarnessMock _mock;
    private readonly string _basePath;
    private readonly string _keyHeader;

    public ApiClient(HarnessMock mock, string api, string? key = null)
    {
        _mock = mock;
        var description = mock.Catalog.FindApi(api) ?? throw new ArgumentException($"no API {api}");
        _basePath = description.BasePath;
        _keyHeader = description.SecurityHeader!;
        Key = key ?? $"test-{Guid.NewGuid():N}";
    }

    public static ApiClient Iterable(string? key = null) => new(MockSetup.Mock, "iterable", key);

    public static ApiClient Netmera(string? key = null) => new(MockSetup.Mock, "netmera", key);

    public string Key { get; }

    public HarnessMock Mock => _mock;

    /// <summary>POST a JSON body (object, JToken, or a string sent verbatim) to a path under the API's base path.</summary>
    public Task<ApiResponse> Post(string path, object? body, string? key = null, IDictionary<string, string>? headers = null) =>
        Send(HttpMethod.Post, path, body, key, headers);

    public Task<ApiResponse> Get(string path, string? key = null, IDictionary<string, string>? headers = null) =>
        Send(HttpMethod.Get, path, null, key, headers);

    public Task<ApiResponse> Delete(string path, string? key = null) => Send(HttpMethod.Delete, path, null, key, null);

    /// <summary>Sends with an explicit key: null omits the header, "" sends it empty.</summary>
    public async Task<ApiResponse> Send(HttpMethod method, string path, object? body, string? key, IDictionary<string, string>? headers, bool omitKey = false)
    {
        using var request = new HttpRequestMessage(method, _mock.Url + _basePath + path);
        if (!omitKey)
        {
            request.Headers.TryAddWithoutValidation(_keyHeader, key ?? Key);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (body is not null)
        {
            var text = body switch
            {
                string raw => raw,
                JToken token => token.ToString(Formatting.None),
                _ => JsonConvert.SerializeObject(body),
            };
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        return await Read(await Http.SendAsync(request));
    }

    /// <summary>Calls the admin surface for this client's tenant (<c>?tenant=</c> added).</summary>
    public async Task<ApiResponse> Admin(HttpMethod method, string path, object? body = null)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var request = new HttpRequestMessage(method, $"{_mock.Url}/__harness/{path}{separator}tenant={Uri.EscapeDataString(Key)}");
        if (body is not null)
        {
            request.Content = new StringContent(body is JToken t ? t.ToString() : JsonConvert.SerializeObject(body), Encoding.UTF8, "application/json");
        }

        return await Read(await Http.SendAsync(request));
    }

    /// <summary>Any call to the mock's own surface, exactly as given (<c>/__harness/state?tenant=…</c>): no tenant added.</summary>
    public static async Task<ApiResponse> AdminCall(HarnessMock mock, HttpMethod method, string pathAndQuery, object? body = null)
    {
        using var request = new HttpRequestMessage(method, mock.Url + pathAndQuery);
        if (body is not null)
        {
            request.Content = new StringContent(body switch
            {
                string raw => raw,
                JToken t => t.ToString(Formatting.None),
                _ => JsonConvert.SerializeObject(body),
            }, Encoding.UTF8, "application/json");
        }

        return await Read(await Http.SendAsync(request));
    }

    /// <summary>Tenant settings (<c>PUT /__harness/tenants/{key}</c>).</summary>
    public async Task<ApiResponse> Settings(object settings)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{_mock.Url}/__harness/tenants/{Uri.EscapeDataString(Key)}")
        {
            Content = new StringContent(settings is JToken t ? t.ToString() : JsonConvert.SerializeObject(settings), Encoding.UTF8, "application/json"),
        };
        return await Read(await Http.SendAsync(request));
    }

    private static async Task<ApiResponse> Read(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            JToken? json = null;
            if (text.Length > 0)
            {
                try
                {
                    json = JToken.Parse(text);
                }
                catch (JsonReaderException)
                {
                    json = null;
                }
            }

            return new ApiResponse((int)response.StatusCode, text, json, response.Headers, response.Content.Headers.ContentType?.MediaType);
        }
    }
}
