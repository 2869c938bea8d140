using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>Reads shared by the handlers; the schema has checked types and presence before they run.</summary>
internal static class RequestValues
{
    public static IReadOnlyList<string> Strings(JToken? list) => list is JArray items ? items.Values<string>().OfType<string>().ToArray() : [];

    public static string Text(JToken item, string name) => item[name]!.Value<string>()!;

    /// <summary>An absolute URL on the host the client called: <c>http://host/rest/3.0/op?query</c>.</summary>
    public static string Link(MockRequest request, string operation, string query) =>
        $"{request.BaseUrl}{request.Operation.Api.BasePath}/{operation}?{query}";
}
