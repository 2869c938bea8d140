using System.Text;
using Harness.Core.OpenApi;
using Harness.Core.Schemas;
using Harness.Mock.Server;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Tests.Generic;

/// <summary>A mock of one test spec folder (<c>Generic/Specs/&lt;name&gt;</c>), and plain HTTP calls to it.</summary>
public sealed class SpecMock : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private SpecMock(HarnessMock mock) => Mock = mock;

    public HarnessMock Mock { get; }

    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Generic", "Specs", name);

    public static async Task<SpecMock> StartAsync(string name) =>
        new(await HarnessMock.StartAsync(new HarnessMockOptions { OpenApiDirectory = Folder(name) }));

    public ApiDescription Api => Mock.Catalog.Apis.Single();

    /// <summary>Sends to a path under the API's base path; <paramref name="body"/> is sent verbatim when a string.</summary>
    public async Task<ApiResponse> Send(HttpMethod method, string path, object? body = null, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, Mock.Url + Api.BasePath + path);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (body is not null)
        {
            var text = body is string raw ? raw : JToken.FromObject(body).ToString(Newtonsoft.Json.Formatting.None);
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        JToken? json = null;
        try
        {
            json = content.Length > 0 ? JToken.Parse(content) : null;
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
        }

        return new ApiResponse((int)response.StatusCode, content, json, response.Headers, response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The violations of an answer against the schema its operation documents for its status (none when valid).</summary>
    public IReadOnlyList<SchemaViolation> Violations(string operationId, ApiResponse response)
    {
        var documented = Mock.Catalog.Find(operationId)!.Responses[response.Status];
        return documented.Schema is { } schema ? SchemaValidator.Validate(schema, response.Json ?? JValue.CreateNull()) : [];
    }

    public ValueTask DisposeAsync() => Mock.DisposeAsync();
}
