using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// At most 1000 unique ids per request (Decision: 400 2004). The schema's <c>maxItems</c> counts the id lists
/// once <see cref="NetmeraBody"/> has removed duplicates; the items of an array body are counted here.
/// </summary>
internal static class IdLimit
{
    public const int Max = 1000;

    public static string NounOf(string? field) => field switch
    {
        "emailList" => "email addresses",
        "msisdnList" => "MSISDNs",
        _ => "external ids",
    };

    /// <summary>The 2004 answer when the items of an array body name more than 1000 distinct users, else null.</summary>
    public static MockResponse? Check(JArray items)
    {
        var unique = items.Select(item => item["extId"]?.Value<string>()).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        return unique > Max
            ? NetmeraErrors.BadRequest(NetmeraErrors.InvalidField, $"At most {Max} unique {NounOf(null)} are allowed in one request")
            : null;
    }
}
