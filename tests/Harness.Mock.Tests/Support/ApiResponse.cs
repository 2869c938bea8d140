using System.Net.Http.Headers;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Tests.Support;

/// <summary>An answer of the mock: status, raw text, parsed JSON (null when the body is empty or not JSON).</summary>
public sealed record ApiResponse(int Status, string Text, JToken? Json, HttpResponseHeaders Headers, string? ContentType)
{
    public JToken this[string jsonPath] => Json?.SelectToken(jsonPath) ?? JValue.CreateNull();

    public override string ToString() => $"{Status} {Text}";
}
