using Harness.Core.OpenApi;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Recording;

/// <summary>A step on its way into YAML: every value still a JSON token, so captures can replace them.</summary>
internal sealed class DraftStep(RecordedExchange exchange, ApiOperation operation, int call)
{
    public RecordedExchange Exchange => exchange;
    public ApiOperation Operation => operation;

    /// <summary>The 1-based position of the call in the whole session.</summary>
    public int Call => call;

    /// <summary>Path, query, headers and body under one root, so any value can be replaced in place.</summary>
    private readonly JObject _request = new() { ["path"] = new JObject(), ["query"] = new JObject(), ["headers"] = new JObject() };

    public JObject Path => (JObject)_request["path"]!;
    public JObject Query => (JObject)_request["query"]!;
    public JObject Headers => (JObject)_request["headers"]!;

    public JToken? Body
    {
        get => _request["body"];
        set => _request["body"] = value;
    }

    public string? RawBody { get; set; }
    public string? ContentType { get; set; }

    /// <summary><c>null</c>: the tenant's key; <c>"none"</c>: no key header; <c>""</c>: an empty one.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The answer's body as JSON, or null when it is empty, cut or not JSON.</summary>
    public JToken? Response { get; set; }

    public JToken? ExpectBody { get; set; }
    public List<KeyValuePair<string, string>> Captures { get; } = [];

    /// <summary>Every value the request carries, as tokens that may be replaced in place.</summary>
    public IEnumerable<JValue> RequestValues() => _request.Descendants().OfType<JValue>();
}
