using System.Xml.Linq;
using Harness.Core.OpenApi;
using Harness.Core.Schemas;
using Harness.Mock.Modules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Harness.Mock.Generic;

/// <summary>Turns a documented response and a value into the answer: negotiated media type, schema-valid body.</summary>
internal static class ResponseWriter
{
    public static MockResponse Write(int status, OperationResponse? documented, string? accept, JToken? value)
    {
        var content = documented is null ? null : ContentNegotiation.Choose(documented.Contents, accept);
        if (content is null)
        {
            // Documented without a body (204, or a 200 that says nothing): answer none.
            return new MockResponse(status);
        }

        var body = BodyOf(content, value);
        if (body is null)
        {
            return new MockResponse(status).WithHeader("Content-Type", content.ContentType);
        }

        if (content.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return new MockResponse(status, body);
        }

        return new MockResponse(status) { Text = Render(content, body), ContentType = content.ContentType };
    }

    /// <summary>
    /// A documented error status: the problem detail when the documented schema takes it (or documents
    /// none), else the documented example, else a sample of the documented schema.
    /// </summary>
    public static MockResponse WriteError(int status, OperationResponse documented, string? accept, JObject problem)
    {
        var content = ContentNegotiation.Choose(documented.Contents, accept);
        if (content is null)
        {
            return new MockResponse(status);
        }

        var fits = content.IsJson && (content.Schema is null || SchemaValidator.Validate(content.Schema, problem).Count == 0);
        return fits
            ? new MockResponse(status) { Text = problem.ToString(Formatting.None), ContentType = content.ContentType }
            : Write(status, documented, accept, null);
    }

    /// <summary>The value shaped to the schema; without a value, the example when it validates, else a sample.</summary>
    private static JToken? BodyOf(ResponseContent content, JToken? value)
    {
        if (content.Schema is not { } schema)
        {
            return content.Example;
        }

        // A resource cannot become a documented scalar (a text/plain rendering): that answer comes from the spec.
        if (value is JContainer && SchemaSampler.TypeOf(schema.ActualSchema) is not (JsonObjectType.Object or JsonObjectType.Array or JsonObjectType.None))
        {
            value = null;
        }

        if (value is not null)
        {
            return ShapeList(schema, value) ?? SchemaConformer.Conform(schema, value);
        }

        return content.Example is { } example && SchemaValidator.Validate(schema, example).Count == 0
            ? example.DeepClone()
            : SchemaSampler.Sample(schema);
    }

    /// <summary>A list answered by an object schema (<c>{"items": [...], "total": 2}</c>): the list goes into its array property.</summary>
    private static JToken? ShapeList(JsonSchema schema, JToken value)
    {
        var actual = schema.ActualSchema;
        if (value is not JArray list || SchemaSampler.TypeOf(actual) != JsonObjectType.Object)
        {
            return null;
        }

        var envelope = (JObject)SchemaSampler.Sample(actual);
        var property = actual.ActualProperties.FirstOrDefault(p => SchemaSampler.TypeOf(p.Value.ActualSchema) == JsonObjectType.Array);
        if (property.Key is null)
        {
            return null;
        }

        envelope[property.Key] = list.DeepClone();
        foreach (var count in actual.ActualProperties.Where(p => p.Key is "total" or "count" or "totalCount" or "size"
                     && SchemaSampler.TypeOf(p.Value.ActualSchema) == JsonObjectType.Integer))
        {
            envelope[count.Key] = list.Count;
        }

        return SchemaConformer.Conform(schema, envelope);
    }

    private static string Render(ResponseContent content, JToken body)
    {
        if (content.IsJson)
        {
            return body.ToString(Formatting.None);
        }

        if (content.ContentType.Contains("xml", StringComparison.OrdinalIgnoreCase))
        {
            return Xml(content.Schema?.ActualSchema.Xml?.Name ?? "response", body).ToString(SaveOptions.DisableFormatting);
        }

        return body.Type == JTokenType.String ? (string)body! : body.ToString(Formatting.None);
    }

    /// <summary>A plain XML rendering: objects become elements, array items repeat their element.</summary>
    private static XElement Xml(string name, JToken value) => value switch
    {
        JObject obj => new XElement(XmlConvert(name), obj.Properties().SelectMany(p =>
            p.Value is JArray items ? items.Select(i => Xml(p.Name, i)) : [Xml(p.Name, p.Value)])),
        JArray array => new XElement(XmlConvert(name), array.Select(i => Xml("item", i))),
        JValue { Type: JTokenType.Null } => new XElement(XmlConvert(name)),
        JValue scalar => new XElement(XmlConvert(name), ResourceKeys.Text(scalar)),
        _ => new XElement(XmlConvert(name)),
    };

    private static string XmlConvert(string name) => System.Xml.XmlConvert.EncodeLocalName(name) ?? "item";
}
