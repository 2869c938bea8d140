using Harness.Core.Schemas;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Harness.Mock.Generic;

/// <summary>
/// Shapes a stored resource into what a response schema documents: the stored fields it declares are
/// kept, missing required ones are generated, fields of the wrong type are replaced. When the result
/// still breaks the schema (a pattern, a oneOf the data cannot meet) the schema's sample answers, so a
/// response is always valid against its documentation.
/// </summary>
internal static class SchemaConformer
{
    public static JToken Conform(JsonSchema schema, JToken value)
    {
        var shaped = Shape(schema.ActualSchema, value, 0);
        return SchemaValidator.Validate(schema, shaped).Count == 0 ? shaped : SchemaSampler.Sample(schema);
    }

    private static JToken Shape(JsonSchema schema, JToken value, int depth)
    {
        schema = schema.ActualSchema;
        if (depth > 16)
        {
            return SchemaSampler.Sample(schema);
        }

        if (value.Type == JTokenType.Null && schema.IsNullable(SchemaType.OpenApi3))
        {
            return value;
        }

        if (schema.OneOf.Count > 0 || schema.AnyOf.Count > 0)
        {
            var alternatives = schema.OneOf.Concat(schema.AnyOf).ToArray();
            var fitting = alternatives.FirstOrDefault(a => SchemaValidator.Validate(a, value).Count == 0);
            return fitting is not null ? value : Shape(alternatives[0], value, depth + 1);
        }

        if (schema.AllOf.Count > 0 && value is JObject)
        {
            var result = ShapeObject(schema, (JObject)value, depth);
            foreach (var part in schema.AllOf)
            {
                result.Merge(Shape(part, value, depth + 1));
            }

            return result;
        }

        return SchemaSampler.TypeOf(schema) switch
        {
            JsonObjectType.Object when value is JObject item => ShapeObject(schema, item, depth),
            JsonObjectType.Array when value is JArray items && (schema.Item ?? schema.Items.FirstOrDefault()) is { } itemSchema =>
                new JArray(items.Select(i => Shape(itemSchema, i, depth + 1))),
            _ => SchemaValidator.Validate(schema, value).Count == 0 ? value : SchemaSampler.Sample(schema),
        };
    }

    private static JObject ShapeObject(JsonSchema schema, JObject value, int depth)
    {
        var result = new JObject();
        var openEnded = schema.Properties.Count == 0 || schema.AllowAdditionalProperties;
        foreach (var property in value.Properties())
        {
            if (schema.Properties.TryGetValue(property.Name, out var declared))
            {
                if (!declared.IsWriteOnly)
                {
                    result[property.Name] = Shape(declared, property.Value, depth + 1);
                }
            }
            else if (openEnded && schema.AllOf.Count == 0)
            {
                result[property.Name] = property.Value.DeepClone();
            }
        }

        foreach (var required in schema.RequiredProperties.Where(r => result[r] is null))
        {
            if (schema.Properties.TryGetValue(required, out var declared))
            {
                result[required] = SchemaSampler.Sample(declared, required);
            }
        }

        return result;
    }
}
