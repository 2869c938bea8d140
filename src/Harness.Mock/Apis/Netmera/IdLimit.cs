using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// At most 1000 unique ids per request (Decision: 400 2004): in <c>extIds</c>, <c>emailList</c> and
/// <c>msisdnList</c> (whose duplicates <see cref="NetmeraBody"/> has removed), and across the entries of an
/// array body, external ids and device tokens each. A schema cannot say "unique ids" (<c>maxItems</c>
/// would refuse 1001 copies of one id, which Netmera accepts), so the OpenAPI file states it in words and
/// in <c>x-max-unique-items</c>, and it is checked here.
/// </summary>
internal static class IdLimit
{
    public const int Max = 1000;

    public static string NounOf(string? field) => field switch
    {
        "emailList" => "email addresses",
        "msisdnList" => "MSISDNs",
        "deviceToken" => "device tokens",
        _ => "external ids",
    };

    /// <summary>The 2004 answer when the body names more than 1000 distinct ids of one kind, else null.</summary>
    public static MockResponse? Check(JToken? body)
    {
        var over = body switch
        {
            JObject json => new[] { "extIds", "emailList", "msisdnList" }.FirstOrDefault(name => json[name] is JArray { Count: > Max }),
            JArray items => new[] { "extId", "deviceToken" }.FirstOrDefault(name => Unique(items, name) > Max),
            _ => null,
        };
        return over is null
            ? null
            : NetmeraErrors.BadRequest(NetmeraErrors.InvalidField, $"At most {Max} unique {NounOf(over)} are allowed in one request");
    }

    private static int Unique(JArray items, string name) =>
        items.Select(item => item is JObject entry && entry[name] is { Type: JTokenType.String } id ? id.Value<string>() : null)
            .OfType<string>().Distinct(StringComparer.Ordinal).Count();
}
