using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// Netmera's reading of a body before the schema sees it: a field set to null counts as missing, so
/// null-valued properties are dropped (in an object body, in each item of an array body and in their
/// <c>profile</c>); id lists lose their duplicates, so the 1000 limit counts unique ids.
/// </summary>
internal static class NetmeraBody
{
    private static readonly string[] IdLists = ["extIds", "emailList", "msisdnList"];

    public static JToken Prepare(JToken body)
    {
        switch (body)
        {
            case JObject json:
                Clean(json);
                break;
            case JArray items:
                foreach (var item in items.OfType<JObject>())
                {
                    Clean(item);
                }

                break;
        }

        return body;
    }

    private static void Clean(JObject json)
    {
        DropNulls(json);
        if (json["profile"] is JObject profile)
        {
            DropNulls(profile);
        }

        foreach (var name in IdLists)
        {
            if (json[name] is JArray list)
            {
                json[name] = new JArray(list.DistinctBy(Identity).ToArray());
            }
        }
    }

    private static void DropNulls(JObject json)
    {
        foreach (var property in json.Properties().Where(p => p.Value.Type == JTokenType.Null).ToArray())
        {
            property.Remove();
        }
    }

    // Type and text together: "1" and 1 stay two entries (the schema then rejects the number).
    private static (JTokenType, string) Identity(JToken token) => (token.Type, token.ToString(Newtonsoft.Json.Formatting.None));
}
