using System.Globalization;
using Harness.Core.OpenApi;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Harness.Core.Schemas;

/// <summary>
/// Validates query, header and path parameters (which arrive as text) against their schemas, converting
/// each to the JSON type its schema names first, so <c>max=abc</c> is a wrong type and <c>max=5000</c> too large.
/// </summary>
public static class ParameterValidator
{
    public static ParameterValues Validate(
        ApiOperation operation,
        Func<string, string?> query,
        Func<string, string?> header,
        IReadOnlyDictionary<string, string> path)
    {
        var values = new Dictionary<string, JToken>(StringComparer.Ordinal);
        var violations = new List<SchemaViolation>();
        foreach (var parameter in operation.Parameters)
        {
            var raw = parameter.Location switch
            {
                ParameterLocation.Query => query(parameter.Name),
                ParameterLocation.Header => header(parameter.Name),
                _ => path.GetValueOrDefault(parameter.Name),
            };

            if (raw is null || (raw.Length == 0 && parameter.Location != ParameterLocation.Path))
            {
                if (parameter.Required)
                {
                    violations.Add(new SchemaViolation([parameter.Name], ViolationKind.Missing,
                        $"required {Where(parameter)} '{parameter.Name}' is missing", In: parameter.Location));
                }
                else if (parameter.Schema.Default is { } fallback)
                {
                    values[parameter.Name] = JToken.FromObject(fallback);
                }

                continue;
            }

            var token = Convert(raw, parameter.Schema);
            foreach (var violation in SchemaValidator.Validate(parameter.Schema, token))
            {
                violations.Add(violation with { Segments = [parameter.Name], In = parameter.Location });
            }

            values[parameter.Name] = token;
        }

        return new ParameterValues(values, violations);
    }

    /// <summary>The parameter's text as the JSON type its schema asks for; text that does not convert stays a string.</summary>
    public static JToken Convert(string raw, JsonSchema schema)
    {
        var type = schema.ActualSchema.Type;
        if (type.HasFlag(JsonObjectType.Integer) && long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
        {
            return new JValue(whole);
        }

        if (type.HasFlag(JsonObjectType.Number) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new JValue(number);
        }

        if (type.HasFlag(JsonObjectType.Boolean) && bool.TryParse(raw, out var flag))
        {
            return new JValue(flag);
        }

        return new JValue(raw);
    }

    private static string Where(OperationParameter parameter) => parameter.Location switch
    {
        ParameterLocation.Query => "query parameter",
        ParameterLocation.Header => "header",
        _ => "path parameter",
    };
}
