using Harness.Core.Collections;
using Harness.Core.OpenApi;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// Netmera's reading of a body before the schema sees it: a field set to null counts as missing, so
/// null-valued properties are dropped (in an object body and in each item of an array body); an empty tag
/// list counts as missing too; id lists lose their duplicates (the 1000 limit counts unique ids, and
/// untagUsers reports each unknown id once); and the invalid entries of a batch are set aside
/// (<see cref="BatchEntries"/>).
/// </summary>
internal static class NetmeraBody
{
    private static readonly string[] IdLists = ["extIds", "emailList", "msisdnList"];

    public static JToken Prepare(ApiOperation operation, JToken body)
    {
        switch (body)
        {
            case JObject json:
                Clean(json);
                break;
            case JArray items:
                foreach (var item in items.OfType<JObject>())
                {
                    DropNulls(item);
                }

                break;
        }

        return BatchEntries.Screen(operation.OperationId, body);
    }

    private static void Clean(JObject json)
    {
        DropNulls(json);
        if (json["tag"] is JArray { Count: 0 })
        {
            json.Remove("tag");
        }

        foreach (var name in IdLists)
        {
            if (json[name] is JArray list)
            {
                RemoveDuplicates(list);
            }
        }
    }

    /// <summary>
    /// Keeps the first of each id, in place: a list without duplicates, the usual case, is left as it came (building a
    /// new list cloned every id, and printing each one to compare it cost about 600 bytes an id).
    /// </summary>
    private static void RemoveDuplicates(JArray list)
    {
        var seen = ScratchSet.Rent<(JTokenType, string)>();
        try
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (!seen.Add(Identity(list[i])))
                {
                    list.RemoveAt(i--);
                }
            }
        }
        finally
        {
            ScratchSet.Return(seen);
        }
    }

    private static void DropNulls(JObject json)
    {
        List<JProperty>? kept = null;
        var index = 0;
        foreach (var property in json.Properties())
        {
            if (property.Value.Type == JTokenType.Null)
            {
                kept ??= [.. json.Properties().Take(index)];
            }
            else
            {
                kept?.Add(property);
            }

            index++;
        }

        if (kept is not null)
        {
            JsonChildren.Refill(json, kept);
        }
    }

    // Type and text together: "1" and 1 stay two entries (the schema then rejects the number). A string is its own
    // text; anything else is printed.
    private static (JTokenType, string) Identity(JToken token) => token is JValue { Type: JTokenType.String, Value: string text }
        ? (JTokenType.String, text)
        : (token.Type, token.ToString(Newtonsoft.Json.Formatting.None));
}
