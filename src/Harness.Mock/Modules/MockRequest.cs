using Harness.Core.OpenApi;
using Harness.Core.Schemas;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Modules;

/// <summary>A request that passed authentication and validation, as a handler sees it.</summary>
public sealed class MockRequest
{
    internal MockRequest(
        ApiOperation operation,
        JToken? body,
        ParameterValues parameters,
        string baseUrl,
        string apiKey,
        Func<string, string?> header)
    {
        Operation = operation;
        Body = body;
        Parameters = parameters;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
        _header = header;
    }

    private readonly Func<string, string?> _header;

    public ApiOperation Operation { get; }

    /// <summary>The parsed JSON body (after the module's normalisation), or null when the operation takes none.</summary>
    public JToken? Body { get; }

    /// <summary>Query, header and path parameters converted to their schema types.</summary>
    public ParameterValues Parameters { get; }

    /// <summary>Scheme, host and port as the client called them (<c>http://127.0.0.1:5080</c>), for absolute links.</summary>
    public string BaseUrl { get; }

    public string ApiKey { get; }

    public string? Header(string name) => _header(name);

    public JObject BodyObject => Body as JObject ?? [];

    public JArray BodyArray => Body as JArray ?? [];
}
