using Harness.Core.OpenApi;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Harness.Mock.Tests.Robustness;

/// <summary>
/// Derives malformed requests from an operation's schemas, starting from its valid example: each
/// required field removed, each field of the wrong type or null, bad enum values, oversized and empty
/// arrays, broken JSON, empty, huge and deeply nested bodies, another content type, odd Unicode.
/// </summary>
public static class BadInputGenerator
{
    private static readonly string[] OddStrings =
    [
        "", " ", "\u0000", "\uFEFFbom", "\u202Eevil", "😀🎉", "\uD800", "a\u0301", new string('x', 10_000), "' OR 1=1 --", "<script>", "%00", "ＡＢＣ@例え.テスト",
    ];

    private static readonly string[] BrokenJson = ["{", "not json", "[1,", "{\"a\":}", "{'single':1}", "nul", "\"unterminated", "{}{}", "\u0000"];

    public static IEnumerable<BadRequest> For(ApiOperation operation, string basePathAndQuery)
    {
        foreach (var request in ForParameters(operation, basePathAndQuery))
        {
            yield return request;
        }

        if (operation.RequestSchema is not { } schema || operation.RequestExample is not { } example)
        {
            yield break;
        }

        BadRequest Body(string description, string? body, string contentType = "application/json") =>
            new(operation.OperationId, description, operation.Method, basePathAndQuery, body, contentType);

        foreach (var text in BrokenJson)
        {
            yield return Body($"broken JSON {JsonConvert.ToString(text)}", text);
        }

        yield return Body("empty body", "");
        yield return Body("JSON null", "null");
        yield return Body("a number instead of the body", "42");
        yield return Body("a string instead of the body", "\"text\"");
        yield return Body(example is JArray ? "object instead of array" : "array instead of object", example is JArray ? "{}" : "[]");
        yield return Body("huge body (2 MB)", "{\"pad\":\"" + new string('x', 2 * 1024 * 1024) + "\"}");
        yield return Body("deep nesting (5000 levels)", new string('[', 5000) + new string(']', 5000));
        yield return Body("wrong content type", example.ToString(Formatting.None), "text/plain");

        foreach (var (path, node, nodeSchema, required) in Walk(example, schema.ActualSchema, []))
        {
            var where = path.Count == 0 ? "$" : SchemaPath(path);
            if (path.Count > 0 && required)
            {
                yield return Body($"{where} missing", Mutate(example, path, _ => null, remove: true));
            }

            if (path.Count > 0)
            {
                yield return Body($"{where} null", Mutate(example, path, _ => JValue.CreateNull()));
            }

            foreach (var (name, wrong) in WrongTypes(nodeSchema))
            {
                yield return Body($"{where} as {name}", Mutate(example, path, _ => wrong));
            }

            if (nodeSchema.Enumeration.Count > 0)
            {
                yield return Body($"{where} bad enum", Mutate(example, path, _ => "NOT_A_VALUE"));
                yield return Body($"{where} enum in lower case", Mutate(example, path, t => t.ToString().ToLowerInvariant()));
            }

            if (nodeSchema.Type.HasFlag(JsonObjectType.Array) && node is JArray)
            {
                var max = nodeSchema.MaxItems > 0 ? nodeSchema.MaxItems : 1000;
                yield return Body($"{where} with {max + 1} items", Mutate(example, path, t => Enlarge((JArray)t, max + 1)));
                yield return Body($"{where} empty", Mutate(example, path, _ => new JArray()));
            }

            if (nodeSchema.Type.HasFlag(JsonObjectType.String) && node is JValue)
            {
                foreach (var odd in OddStrings)
                {
                    yield return Body($"{where} = odd string {JsonConvert.ToString(odd.Length > 20 ? odd[..20] + "…" : odd)}", Mutate(example, path, _ => odd));
                }
            }
        }
    }

    private static IEnumerable<BadRequest> ForParameters(ApiOperation operation, string pathAndQuery)
    {
        var headers = operation.Parameters.Where(p => p.Location == ParameterLocation.Header)
            .ToDictionary(p => p.Name, p => p.Example?.ToString() ?? "x");
        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Query))
        {
            var without = RemoveQuery(pathAndQuery, parameter.Name);
            if (parameter.Required)
            {
                yield return new(operation.OperationId, $"query {parameter.Name} missing", operation.Method, without, null, Headers: headers);
            }

            foreach (var bad in new[] { "", "abc", "-1", "99999999999999999999", "1.5", "%00", "😀" })
            {
                var separator = without.Contains('?', StringComparison.Ordinal) ? '&' : '?';
                yield return new(operation.OperationId, $"query {parameter.Name}={bad}", operation.Method,
                    $"{without}{separator}{parameter.Name}={Uri.EscapeDataString(bad)}", null, Headers: headers);
            }
        }

        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Header))
        {
            var others = headers.Where(h => h.Key != parameter.Name).ToDictionary();
            yield return new(operation.OperationId, $"header {parameter.Name} missing", operation.Method, pathAndQuery, null, Headers: others);
            yield return new(operation.OperationId, $"header {parameter.Name} bad", operation.Method, pathAndQuery, null,
                Headers: new Dictionary<string, string>(others) { [parameter.Name] = "WINDOWS" });
        }
    }

    private static IEnumerable<(List<object> Path, JToken Node, JsonSchema Schema, bool Required)> Walk(JToken node, JsonSchema schema, List<object> path, bool required = true)
    {
        yield return (path, node, schema, required);
        if (node is JObject obj)
        {
            foreach (var property in obj.Properties())
            {
                if (schema.ActualProperties.TryGetValue(property.Name, out var propertySchema))
                {
                    foreach (var inner in Walk(property.Value, propertySchema.ActualSchema, [.. path, property.Name], schema.RequiredProperties.Contains(property.Name)))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JArray array && array.Count > 0 && schema.Item?.ActualSchema is { } itemSchema)
        {
            foreach (var inner in Walk(array[0], itemSchema, [.. path, 0], true))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<(string Name, JToken Value)> WrongTypes(JsonSchema schema)
    {
        var type = schema.Type;
        if (type == JsonObjectType.None)
        {
            yield break;
        }

        if (!type.HasFlag(JsonObjectType.String)) yield return ("string", "text");
        if (!type.HasFlag(JsonObjectType.Integer) && !type.HasFlag(JsonObjectType.Number)) yield return ("number", 12.5);
        if (!type.HasFlag(JsonObjectType.Boolean)) yield return ("boolean", true);
        if (!type.HasFlag(JsonObjectType.Object)) yield return ("object", new JObject { ["a"] = 1 });
        if (!type.HasFlag(JsonObjectType.Array)) yield return ("array", new JArray(1, 2));
    }

    private static string Mutate(JToken example, List<object> path, Func<JToken, JToken?> change, bool remove = false)
    {
        var copy = example.DeepClone();
        if (path.Count == 0)
        {
            return (change(copy) ?? JValue.CreateNull()).ToString(Formatting.None);
        }

        var parent = copy;
        foreach (var segment in path.Take(path.Count - 1))
        {
            parent = segment is int i ? parent[i]! : parent[(string)segment]!;
        }

        var last = path[^1];
        var current = last is int index ? parent[index]! : parent[(string)last]!;
        if (remove && parent is JObject obj)
        {
            obj.Remove((string)last);
        }
        else if (last is int at)
        {
            parent[at] = change(current);
        }
        else
        {
            parent[(string)last] = change(current);
        }

        return copy.ToString(Formatting.None);
    }

    private static JArray Enlarge(JArray array, int count)
    {
        var template = array.Count > 0 ? array[0] : new JValue("x");
        var result = new JArray();
        for (var i = 0; i < count; i++)
        {
            result.Add(template is JValue { Type: JTokenType.String } s ? new JValue($"{s.Value}-{i}") : template.DeepClone());
        }

        return result;
    }

    private static string SchemaPath(IEnumerable<object> path) => Harness.Core.Schemas.SchemaViolation.JsonPathOf(path);

    private static string RemoveQuery(string pathAndQuery, string name)
    {
        var parts = pathAndQuery.Split('?', 2);
        if (parts.Length == 1)
        {
            return pathAndQuery;
        }

        var kept = parts[1].Split('&').Where(p => !p.StartsWith(name + "=", StringComparison.Ordinal)).ToArray();
        return kept.Length == 0 ? parts[0] : parts[0] + "?" + string.Join('&', kept);
    }
}
