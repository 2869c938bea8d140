using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Generic;

/// <summary>How generated keys are spelt.</summary>
internal enum KeyKind
{
    Text,
    Number,
    Uuid,
}

/// <summary>Reads and generates the key of a resource: the value of its key field, as text.</summary>
internal static class ResourceKeys
{
    /// <summary>The key the client sent in the key field, or null when it sent none (or an object or array).</summary>
    public static string? Read(JObject item, string keyField) =>
        item[keyField] is JValue { Type: not JTokenType.Null } value ? Text(value) : null;

    /// <summary>Generates the next key of the collection (1, 2, 3…, deterministic), writes it into the item and returns it.</summary>
    public static string Assign(JObject item, ResourceRoute route, ResourceCollection collection)
    {
        string key;
        JToken value;
        do
        {
            var number = collection.NextNumber++;
            (key, value) = route.KeyKind switch
            {
                KeyKind.Number => (number.ToString(CultureInfo.InvariantCulture), (JToken)new JValue(number)),
                KeyKind.Uuid => ($"00000000-0000-4000-8000-{number:D12}", new JValue($"00000000-0000-4000-8000-{number:D12}")),
                _ => (number.ToString(CultureInfo.InvariantCulture), new JValue(number.ToString(CultureInfo.InvariantCulture))),
            };
        }
        while (collection.Contains(key));

        item[route.KeyField] = value;
        return key;
    }

    /// <summary>A scalar as the path would spell it: <c>7</c>, <c>abc</c>, <c>true</c>.</summary>
    public static string Text(JValue value) => value.Type switch
    {
        JTokenType.String => (string)value!,
        JTokenType.Boolean => (bool)value ? "true" : "false",
        _ => Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? "",
    };
}
