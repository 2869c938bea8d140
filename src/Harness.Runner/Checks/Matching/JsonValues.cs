using Newtonsoft.Json.Linq;

namespace Harness.Runner.Checks.Matching;

/// <summary>JSON value semantics for expectations: numbers compare by value (1 = 1.0), types otherwise matter ("1" ≠ 1).</summary>
internal static class JsonValues
{
    public static bool ScalarEquals(JToken expected, JToken actual)
    {
        if (IsNumber(expected) && IsNumber(actual))
        {
            return ToDecimal(expected) is { } a && ToDecimal(actual) is { } b ? a == b : (double)expected == (double)actual;
        }

        return expected.Type == actual.Type && JToken.DeepEquals(expected, actual);
    }

    /// <summary>Exact equality of whole values (<c>equals:</c>): same keys, same items in the same order.</summary>
    public static bool DeepEquals(JToken expected, JToken actual) => (expected, actual) switch
    {
        (JObject e, JObject a) => e.Count == a.Count && e.Properties().All(p => a.TryGetValue(p.Name, out var v) && DeepEquals(p.Value, v)),
        (JArray e, JArray a) => e.Count == a.Count && e.Zip(a).All(pair => DeepEquals(pair.First, pair.Second)),
        (JObject or JArray, _) or (_, JObject or JArray) => false,
        _ => ScalarEquals(expected, actual),
    };

    public static bool IsNumber(JToken token) => token.Type is JTokenType.Integer or JTokenType.Float;

    public static decimal? ToDecimal(JToken token)
    {
        try
        {
            return (decimal)token;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The type names of <c>type:</c> predicates.</summary>
    public static string TypeName(JToken? token) => token?.Type switch
    {
        null => "absent",
        JTokenType.String => "string",
        JTokenType.Integer => "integer",
        JTokenType.Float => "number",
        JTokenType.Boolean => "boolean",
        JTokenType.Object => "object",
        JTokenType.Array => "array",
        JTokenType.Null => "null",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    public static bool HasType(JToken? token, string type) => type switch
    {
        "number" => token is not null && IsNumber(token),
        _ => TypeName(token) == type,
    };
}
