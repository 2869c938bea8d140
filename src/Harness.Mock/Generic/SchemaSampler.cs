using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Harness.Mock.Generic;

/// <summary>
/// A value valid against a schema, made without randomness so the same spec always answers the same:
/// the schema's own example or default when it has one, else the first enum value, else a value that
/// honours the type, format, length, range and required properties. allOf parts are merged; oneOf and
/// anyOf take their first alternative.
/// </summary>
internal static class SchemaSampler
{
    /// <summary>Past this depth only required properties are filled, so recursive schemas end.</summary>
    private const int FullDepth = 4;
    private const int MaxDepth = 12;

    public static JToken Sample(JsonSchema schema, string? name = null) => Sample(schema.ActualSchema, name, 0);

    private static JToken Sample(JsonSchema schema, string? name, int depth)
    {
        schema = schema.ActualSchema;
        if (schema.Example is { } example)
        {
            return ToToken(example);
        }

        if (schema.Enumeration.Count > 0)
        {
            return ToToken(schema.Enumeration.First());
        }

        if (schema.Default is { } fallback)
        {
            return ToToken(fallback);
        }

        if (schema.AllOf.Count > 0)
        {
            return Merged(schema, name, depth);
        }

        if (schema.OneOf.Count > 0 || schema.AnyOf.Count > 0)
        {
            var first = schema.OneOf.Concat(schema.AnyOf).First();
            return Merge(Sample(first, name, depth), Properties(schema, name, depth));
        }

        return TypeOf(schema) switch
        {
            JsonObjectType.Object => Properties(schema, name, depth),
            JsonObjectType.Array => Items(schema, name, depth),
            JsonObjectType.String => Text(schema, name),
            JsonObjectType.Integer => new JValue((long)Number(schema, integer: true)),
            JsonObjectType.Number => new JValue(Number(schema, integer: false)),
            JsonObjectType.Boolean => new JValue(true),
            JsonObjectType.Null => JValue.CreateNull(),
            _ => new JObject(),
        };
    }

    /// <summary>The one JSON type a schema stands for; a schema without <c>type</c> is guessed from its keywords.</summary>
    public static JsonObjectType TypeOf(JsonSchema schema)
    {
        var type = schema.Type & ~JsonObjectType.Null;
        foreach (var candidate in new[] { JsonObjectType.Object, JsonObjectType.Array, JsonObjectType.String, JsonObjectType.Integer, JsonObjectType.Number, JsonObjectType.Boolean })
        {
            if (type.HasFlag(candidate))
            {
                return candidate;
            }
        }

        return schema.Properties.Count > 0 || schema.AdditionalPropertiesSchema is not null ? JsonObjectType.Object
            : schema.Item is not null ? JsonObjectType.Array
            : schema.Type.HasFlag(JsonObjectType.Null) ? JsonObjectType.Null
            : JsonObjectType.None;
    }

    private static JToken Merged(JsonSchema schema, string? name, int depth)
    {
        JToken result = Properties(schema, name, depth);
        foreach (var part in schema.AllOf)
        {
            result = Merge(result, Sample(part, name, depth));
        }

        return result;
    }

    private static JToken Merge(JToken a, JToken b)
    {
        if (a is JObject left && b is JObject right)
        {
            var merged = (JObject)left.DeepClone();
            merged.Merge(right);
            return merged;
        }

        return a is JObject { Count: 0 } ? b : a;
    }

    private static JObject Properties(JsonSchema schema, string? name, int depth)
    {
        var result = new JObject();
        if (depth >= MaxDepth)
        {
            return result;
        }

        foreach (var (property, propertySchema) in schema.Properties)
        {
            if (depth < FullDepth || schema.RequiredProperties.Contains(property))
            {
                // A write-only property (a password) never appears in an answer.
                if (!propertySchema.IsWriteOnly)
                {
                    result[property] = Sample(propertySchema, property, depth + 1);
                }
            }
        }

        return result;
    }

    private static JArray Items(JsonSchema schema, string? name, int depth)
    {
        var array = new JArray();
        var item = schema.Item ?? schema.Items.FirstOrDefault();
        if (item is null || depth >= MaxDepth)
        {
            return array;
        }

        var count = Math.Max(schema.MinItems, depth < FullDepth ? 1 : 0);
        if (schema.MaxItems > 0)
        {
            count = Math.Min(count, schema.MaxItems);
        }

        for (var i = 0; i < count; i++)
        {
            var value = Sample(item, name, depth + 1);
            // Unique items: vary scalars so two copies of one value do not break uniqueItems.
            array.Add(schema.UniqueItems && i > 0 && value is JValue { Type: JTokenType.String } text ? new JValue($"{text}{i}") : value);
        }

        return array;
    }

    private static JValue Text(JsonSchema schema, string? name)
    {
        var text = (schema.Format ?? "") switch
        {
            "date-time" => "2026-01-01T00:00:00Z",
            "date" => "2026-01-01",
            "time" => "00:00:00Z",
            "email" => "user@example.com",
            "uuid" => "00000000-0000-4000-8000-000000000001",
            "uri" or "url" => "https://example.com/",
            "uri-reference" => "/example",
            "hostname" => "example.com",
            "ipv4" => "192.0.2.1",
            "ipv6" => "2001:db8::1",
            "byte" => "c2FtcGxl",
            "duration" => "PT1H",
            _ => name is { Length: > 0 } ? name : "string",
        };
        if (schema.MinLength is { } min && text.Length < min)
        {
            text = text.PadRight(min, 'x');
        }

        if (schema.MaxLength is { } max && text.Length > max)
        {
            text = text[..max];
        }

        return new JValue(text);
    }

    private static decimal Number(JsonSchema schema, bool integer)
    {
        var step = schema.MultipleOf is { } multiple and > 0 ? multiple : integer ? 1m : 0.5m;
        var low = schema.ExclusiveMinimum ?? schema.Minimum;
        var high = schema.ExclusiveMaximum ?? schema.Maximum;
        var lowExclusive = schema.ExclusiveMinimum is not null || schema.IsExclusiveMinimum;
        var highExclusive = schema.ExclusiveMaximum is not null || schema.IsExclusiveMaximum;
        // The smallest multiple of the step inside the range; 1 when the range allows it, as ids and counts start there.
        var start = low is { } l ? Math.Ceiling(l / step) * step : Math.Min(1m, high ?? 1m);
        if (low is { } floor && lowExclusive && start <= floor)
        {
            start += step;
        }

        if (high is { } ceiling && (start > ceiling || (highExclusive && start >= ceiling)))
        {
            start = Math.Floor(ceiling / step) * step;
            if (highExclusive && start >= ceiling)
            {
                start -= step;
            }
        }

        return integer ? Math.Round(start) : start;
    }

    internal static JToken ToToken(object? value) => value switch
    {
        null => JValue.CreateNull(),
        JToken token => token.DeepClone(),
        _ => JToken.FromObject(value),
    };
}
