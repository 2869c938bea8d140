using Newtonsoft.Json.Linq;
using System.Runtime.CompilerServices;
using NJsonSchema;

namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// Iterable treats <c>null</c> in an optional field as if the field were absent, while <c>null</c> in a
/// required one is a type error. Removing the optional nulls before validation gives exactly that.
/// </summary>
internal static class OptionalNulls
{
    // NJsonSchema builds ActualProperties anew on every read; a schema's properties never change once loaded.
    private static readonly ConditionalWeakTable<JsonSchema, IReadOnlyDictionary<string, JsonSchemaProperty>> Declared = new();

    public static void Remove(JToken body, JsonSchema schema)
    {
        if (body is not JObject json)
        {
            return;
        }

        var actual = schema.ActualSchema;
        var properties = Declared.GetValue(actual, static s => s.ActualProperties);
        // Walks the body's few keys rather than the schema's, taking the next one before a key is removed.
        for (var child = json.First; child is not null;)
        {
            var current = (JProperty)child;
            child = child.Next;
            var (name, value) = (current.Name, current.Value);
            if (!properties.TryGetValue(name, out var property))
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
