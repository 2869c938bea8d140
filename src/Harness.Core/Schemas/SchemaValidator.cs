using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Harness.Core.Schemas;

/// <summary>
/// Validates JSON values against OpenAPI 3 schemas (NJsonSchema, with OpenAPI's <c>nullable</c>) and turns
/// NJsonSchema's error tree into flat <see cref="SchemaViolation"/>s with paths and plain messages.
/// At most <see cref="MaxViolations"/> are described; the rest are only counted, so a body made of nothing but
/// mistakes costs time in proportion to its size, and whoever renders the list never sees more than that.
/// </summary>
public static class SchemaValidator
{
    /// <summary>How many violations one validation describes; the rest are counted in <see cref="ViolationList.Omitted"/>.</summary>
    public const int MaxViolations = 100;

    /// <summary>
    /// What <c>new JsonSchemaValidator()</c> gets in NJsonSchema 11: no format validators (so <c>format</c> is not
    /// checked) and exact property names. Spelled out so the verdict below is built for the very same validator.
    /// </summary>
    private static readonly JsonSchemaValidatorSettings Settings = new() { FormatValidators = [] };

    private static readonly JsonSchemaValidator Validator = new(Settings);

    private static readonly SchemaChecker Checker = new(Settings);

    public static ViolationList Validate(JsonSchema schema, JToken value, int limit = MaxViolations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);

        // Almost every value is valid: a compiled check proves that cheaply, and NJsonSchema (which allocates
        // its error tree and paths even for a valid value) runs only when the check cannot tell.
        if (Checker.Check(schema, value) == SchemaVerdict.Valid)
        {
            return ViolationList.Empty;
        }

        var errors = Validator.Validate(value, schema, SchemaType.OpenApi3);
        if (errors.Count == 0)
        {
            return ViolationList.Empty;
        }

        var sink = new ViolationSink(limit);
        foreach (var error in errors)
        {
            Collect(error, value, sink);
        }

        var described = sink.Items
            .DistinctBy(v => (v.Path, v.Kind, v.Message))
            .OrderBy(v => v.Path, StringComparer.Ordinal)
            .ToArray();
        return new ViolationList(described, sink.Omitted);
    }

    /// <summary>
    /// The compiled check alone: Valid only when <see cref="Validate"/> would find nothing; Invalid when it would
    /// find something; Unsure when only NJsonSchema can tell.
    /// </summary>
    public static SchemaVerdict Verdict(JsonSchema schema, JToken value) => Checker.Check(schema, value);

    private static void Collect(ValidationError error, JToken root, ViolationSink into)
    {
        if (into.IsFull)
        {
            into.Omitted += ViolationCount.Of(error);
            return;
        }

        var segments = ViolationPath.Parse(error.Path);
        if (error.Kind == ValidationErrorKind.PropertyRequired && error.Property is { } missing
            && (segments.Count == 0 || !Equals(segments[^1], missing)))
        {
            segments = [.. segments, missing];
        }

        var actual = ViolationPath.Resolve(root, segments);
        var schema = error.Schema;
        switch (error.Kind)
        {
            case ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf when error is ChildSchemaValidationError child:
                CollectAlternatives(child, root, segments, actual, into);
                return;
            case ValidationErrorKind.NotAllOf when error is ChildSchemaValidationError all:
                foreach (var nested in all.Errors.Values.SelectMany(e => e))
                {
                    Collect(nested, root, into);
                }

                return;
            case ValidationErrorKind.ArrayItemNotValid or ValidationErrorKind.AdditionalItemNotValid
                or ValidationErrorKind.AdditionalPropertiesNotValid when error is ChildSchemaValidationError item:
                // An array item or a free-form property value: report what is wrong inside it, at its own path.
                foreach (var nested in item.Errors.Values.SelectMany(e => e))
                {
                    Collect(nested, root, into);
                }

                return;
            case ValidationErrorKind.NoTypeValidates:
                into.Add(new SchemaViolation(segments, ViolationKind.WrongType,
                    $"expected {TypeName(schema)}, got {Describe(actual)}", TypeName(schema), actual));
                return;
        }

        var (kind, message, expected) = Explain(error.Kind, schema, actual, error.Property);
        into.Add(new SchemaViolation(segments, kind, message, expected, actual));
    }

    private static void CollectAlternatives(
        ChildSchemaValidationError error, JToken root, IReadOnlyList<object> segments, JToken? actual, ViolationSink into)
    {
        // oneOf branches that only say "required: [x]" describe "exactly one of x, y": report that in one line.
        var names = error.Errors.Keys.SelectMany(s => s.RequiredProperties).Distinct().ToArray();
        if (names.Length > 0 && error.Errors.Keys.All(s => s.ActualProperties.Count == 0))
        {
            var present = actual is JObject obj ? names.Where(n => obj[n] is { Type: not JTokenType.Null }).ToArray() : [];
            if (present.Length == 1)
            {
                // Only a null alternative made the branches clash; null counts as absent, so exactly one is given
                // (the null itself is reported by its property's own schema).
                return;
            }

            var message = present.Length == 0
                ? $"one of {Quote(names)} is required"
                : $"only one of {Quote(names)} may be given, got {Quote(present)}";
            into.Add(new SchemaViolation(segments, ViolationKind.Alternatives, message, null, actual, names));
            return;
        }

        // Otherwise report the errors of the branch that came closest (fewest errors).
        var closest = error.Errors.OrderBy(e => e.Value.Count).First().Value;
        foreach (var nested in closest)
        {
            Collect(nested, root, into);
        }
    }

    private static (ViolationKind, string, string?) Explain(ValidationErrorKind kind, JsonSchema schema, JToken? actual, string? property)
    {
        switch (kind)
        {
            case ValidationErrorKind.PropertyRequired:
                return (ViolationKind.Missing, $"required property '{property}' is missing", null);
            case ValidationErrorKind.StringExpected:
                return Wrong("string");
            case ValidationErrorKind.NumberExpected:
                return Wrong("number");
            case ValidationErrorKind.IntegerExpected:
                return Wrong("integer");
            case ValidationErrorKind.BooleanExpected:
                return Wrong("boolean");
            case ValidationErrorKind.ObjectExpected:
                return Wrong("object");
            case ValidationErrorKind.ArrayExpected:
                return Wrong("array");
            case ValidationErrorKind.NullExpected:
                return Wrong("null");
            case ValidationErrorKind.NotInEnumeration:
                return (ViolationKind.NotInEnum,
                    $"{Describe(actual)} is not one of {string.Join(", ", schema.Enumeration.Select(e => e?.ToString()))}", null);
            case ValidationErrorKind.TooManyItems:
                return (ViolationKind.TooManyItems, $"{Count(actual)} items, at most {schema.MaxItems} allowed", null);
            case ValidationErrorKind.TooFewItems:
                return (ViolationKind.TooFewItems, $"{Count(actual)} items, at least {schema.MinItems} required", null);
            case ValidationErrorKind.NumberTooSmall:
                return (ViolationKind.TooSmall, $"{Describe(actual)} is below the minimum {schema.Minimum}", null);
            case ValidationErrorKind.NumberTooBig:
                return (ViolationKind.TooLarge, $"{Describe(actual)} is above the maximum {schema.Maximum}", null);
            case ValidationErrorKind.StringTooShort:
                return (ViolationKind.TooShort, $"{Describe(actual)} is shorter than {schema.MinLength} characters", null);
            case ValidationErrorKind.StringTooLong:
                return (ViolationKind.TooLong, $"{Describe(actual)} is longer than {schema.MaxLength} characters", null);
            case ValidationErrorKind.PatternMismatch:
                return (ViolationKind.PatternMismatch, $"{Describe(actual)} does not match {schema.Pattern}", null);
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                return (ViolationKind.NotAllowed, $"property '{property}' is not allowed", null);
            default:
                if (kind.ToString().EndsWith("Expected", StringComparison.Ordinal) || kind.ToString().StartsWith("Invalid", StringComparison.Ordinal))
                {
                    return (ViolationKind.BadFormat, $"{Describe(actual)} is not a valid {schema.Format ?? kind.ToString()}", null);
                }

                return (ViolationKind.Other, kind.ToString(), null);
        }

        (ViolationKind, string, string?) Wrong(string type) =>
            (ViolationKind.WrongType, $"expected {type}, got {Describe(actual)}", type);
    }

    private static string TypeName(JsonSchema schema) =>
        schema.Type switch
        {
            JsonObjectType.String => "string",
            JsonObjectType.Integer => "integer",
            JsonObjectType.Number => "number",
            JsonObjectType.Boolean => "boolean",
            JsonObjectType.Object => "object",
            JsonObjectType.Array => "array",
            _ => schema.Type.ToString().ToLowerInvariant(),
        };

    private static int Count(JToken? token) => token is JArray array ? array.Count : 0;

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));

    /// <summary>A short description of a value for messages: <c>number 12</c>, <c>null</c>, <c>string "x"</c>.</summary>
    public static string Describe(JToken? token) => token switch
    {
        null => "nothing",
        { Type: JTokenType.Null } => "null",
        { Type: JTokenType.String } => $"string {Shorten(token.ToString(Newtonsoft.Json.Formatting.None))}",
        { Type: JTokenType.Integer or JTokenType.Float } => $"number {token}",
        { Type: JTokenType.Boolean } => $"boolean {token.ToString(Newtonsoft.Json.Formatting.None)}",
        JArray array => $"array of {array.Count}",
        JObject => "object",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...\"";
}
