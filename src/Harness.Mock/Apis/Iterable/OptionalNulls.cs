using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// Iterable treats <c>null</c> in an optional field as if the field were absent, while <c>null</c> in a
/// required one is a type error. Removing the optional nulls before validation gives exactly that.
/// </summary>
internal static class OptionalNulls
{
    public static void Remove(JToken body, JsonSchema schema)
    {
        if (body is not JObject json)
        {
            return;
        }

        var actual = schema.ActualSchema;
        foreach (var (name, property) in actual.ActualProperties)
        {
            var value = json[name];
            if (value is null)
            {
                continue;
            }

            if (value.Type == JTokenType.Null && !actual.RequiredProperties.Contains(name) && !property.IsRequired)
            {
                json.Remove(name);
            }
            else if (value is JObject && name != "dataFields")
            {
                // Inside dataFields a null is a value (it removes the key), even for the keys the schema declares.
                Remove(value, property.ActualSchema);
            }
        }
    }
}
