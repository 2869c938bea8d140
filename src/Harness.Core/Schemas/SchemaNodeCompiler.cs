using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace Harness.Core.Schemas;

/// <summary>
/// Turns an NJsonSchema tree into <see cref="SchemaNode"/>s. Whatever NJsonSchema's validator would treat in a way
/// the nodes do not mirror exactly becomes <see cref="SchemaNode.Unsupported"/> (that subschema is always Unsure):
/// not, patternProperties, tuple items, the file type, a format the validator checks, an inline case-insensitive
/// pattern, multipleOf 0, an unknown keyword, a reference cycle, or anything that throws while being read.
/// One compiler per root schema; references shared inside it are compiled once.
/// </summary>
internal sealed partial class SchemaNodeCompiler(IReadOnlySet<string> checkedFormats)
{
    private const JsonObjectType KnownTypes = JsonObjectType.Array | JsonObjectType.Boolean | JsonObjectType.Integer
        | JsonObjectType.Null | JsonObjectType.Number | JsonObjectType.Object | JsonObjectType.String;

    /// <summary>
    /// Keywords NJsonSchema keeps in ExtensionData that carry no validation (its validator ignores ExtensionData
    /// except <c>nullable</c>, which <c>IsNullable</c> reads). Any other such keyword (const, if, dependencies…)
    /// is a rule someone meant to be checked: the verdict stays Unsure rather than guess.
    /// </summary>
    private static readonly FrozenSet<string> Annotations = FrozenSet.ToFrozenSet(
        ["example", "examples", "nullable", "deprecated", "externalDocs", "discriminator", "$comment", "readOnly", "writeOnly", "xml"],
        StringComparer.Ordinal);

    private readonly Dictionary<JsonSchema, SchemaNode> _compiled = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<JsonSchema> _open = new(ReferenceEqualityComparer.Instance);

    /// <summary>The node for <paramref name="schema"/>'s actual schema, as NJsonSchema's validator starts from it.</summary>
    public SchemaNode CompileReference(JsonSchema schema)
    {
        try
        {
            return Compile(schema.ActualSchema);
        }
        catch (Exception)
        {
            // An unresolved or cyclic $ref: NJsonSchema throws on it too, and must be the one to.
            return SchemaNode.Unsupported;
        }
    }

    private SchemaNode Compile(JsonSchema actual)
    {
        if (_compiled.TryGetValue(actual, out var done))
        {
            return done;
        }

        if (!_open.Add(actual))
        {
            // A schema reached again inside itself: NJsonSchema follows it as deep as the data goes; not modelled.
            return SchemaNode.Unsupported;
        }

        SchemaNode node;
        try
        {
            node = IsSupported(actual) ? Build(actual) : SchemaNode.Unsupported;
        }
        catch (Exception)
        {
            node = SchemaNode.Unsupported;
        }
        finally
        {
            _open.Remove(actual);
        }

        _compiled[actual] = node;
        return node;
    }

    private bool IsSupported(JsonSchema schema) =>
        schema.Not is null
        && schema.PatternProperties.Count == 0
        && schema.Items.Count == 0
        && (schema.Type & ~KnownTypes) == 0
        && schema.MultipleOf != 0m
        && (string.IsNullOrEmpty(schema.Format) || !checkedFormats.Contains(schema.Format))
        && (string.IsNullOrEmpty(schema.Pattern) || !InlineIgnoreCase().IsMatch(schema.Pattern))
        && (schema.ExtensionData is null || schema.ExtensionData.Keys.All(k => k.StartsWith("x-", StringComparison.Ordinal) || Annotations.Contains(k)));

    private SchemaNode Build(JsonSchema schema)
    {
        var allOf = CompileAll(schema.AllOf);
        var anyOf = CompileAll(schema.AnyOf);
        var oneOf = CompileAll(schema.OneOf);
        var names = schema.Properties.Keys.ToFrozenSet(StringComparer.Ordinal);
        var properties = schema.Properties
            .Select(p => new PropertyRule(p.Key, CompileReference(p.Value), p.Value.IsNullable(SchemaType.OpenApi3), p.Value.IsRequired))
            .ToArray();
        var additional = schema.AdditionalPropertiesSchema is { } extra ? CompileReference(extra) : null;
        var items = schema.Item is { } item ? CompileReference(item) : null;
        var pattern = string.IsNullOrEmpty(schema.Pattern) ? null : new Regex(schema.Pattern, RegexOptions.Compiled);
        var number = NumberRuleOf(schema);

        var children = allOf.Concat(anyOf).Concat(oneOf).Concat(properties.Select(p => p.Schema)).ToList();
        if (additional is not null)
        {
            children.Add(additional);
        }

        if (items is not null)
        {
            children.Add(items);
        }

        return new SchemaNode
        {
            Nullable = schema.IsNullable(SchemaType.OpenApi3),
            Types = schema.Type,
            AllOf = allOf,
            AnyOf = anyOf,
            OneOf = oneOf,
            Enum = schema.Enumeration.Count == 0 ? null : schema.Enumeration.OfType<string>().ToFrozenSet(StringComparer.Ordinal),
            EnumOnlyText = schema.Enumeration.All(e => e is null or string),
            Properties = properties,
            PropertyNames = names,
            OtherRequired = schema.RequiredProperties.Where(r => !names.Contains(r)).Distinct(StringComparer.Ordinal).ToArray(),
            AdditionalProperties = additional,
            AllowAdditionalProperties = schema.AllowAdditionalProperties,
            MinProperties = schema.MinProperties,
            MaxProperties = schema.MaxProperties,
            Items = items,
            MinItems = schema.MinItems,
            MaxItems = schema.MaxItems,
            UniqueItems = schema.UniqueItems,
            Pattern = pattern,
            MinLength = schema.MinLength,
            MaxLength = schema.MaxLength,
            Number = number,
            Shallow = children.Count == 0,
            SkipSafe = pattern is null && number?.MultipleOf is null && children.All(c => c.SkipSafe),
        };
    }

    /// <summary>NJsonSchema validates allOf/anyOf/oneOf branches from their actual schemas.</summary>
    private SchemaNode[] CompileAll(ICollection<JsonSchema> branches) => branches.Select(CompileReference).ToArray();

    private static NumberRule? NumberRuleOf(JsonSchema schema) =>
        schema.Minimum is null && schema.Maximum is null && schema.ExclusiveMinimum is null
        && schema.ExclusiveMaximum is null && schema.MultipleOf is null
            ? null
            : new NumberRule(schema.Minimum, schema.IsExclusiveMinimum, schema.Maximum, schema.IsExclusiveMaximum,
                schema.ExclusiveMinimum, schema.ExclusiveMaximum, schema.MultipleOf);

    /// <summary>
    /// <c>(?i)</c> inside a pattern: case rules then depend on the culture when the regex is built, which for
    /// NJsonSchema's static Regex.IsMatch is each call's and here the compiler's. Left to NJsonSchema.
    /// </summary>
    [GeneratedRegex(@"\(\?[a-zA-Z-]*i[a-zA-Z-]*[:)]")]
    private static partial Regex InlineIgnoreCase();
}
