using System.Runtime.CompilerServices;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Harness.Core.Schemas;

/// <summary>
/// The <see cref="CompiledSchema"/> of each schema instance, compiled on first use for one NJsonSchema
/// validator's settings. Schemas of the catalog live as long as the process; a schema built on the fly is
/// collected with its compiled form (the table holds its keys weakly). Safe for many requests at once.
/// </summary>
internal sealed class SchemaChecker
{
    private readonly ConditionalWeakTable<JsonSchema, CompiledSchema> _compiled = new();
    private readonly ConditionalWeakTable<JsonSchema, CompiledSchema>.CreateValueCallback _compile;

    public SchemaChecker(JsonSchemaValidatorSettings settings)
    {
        var formats = settings.FormatValidators.Select(f => f.Format).ToHashSet(StringComparer.Ordinal);

        // The nodes look properties up by exact name; another comparer would need other rules.
        var ordinal = ReferenceEquals(settings.PropertyStringComparer, StringComparer.Ordinal);
        _compile = schema => ordinal ? CompiledSchema.Compile(schema, formats) : CompiledSchema.Unsure;
    }

    public CompiledSchema For(JsonSchema schema) =>
        _compiled.TryGetValue(schema, out var compiled) ? compiled : _compiled.GetValue(schema, _compile);

    public SchemaVerdict Check(JsonSchema schema, JToken value) => For(schema).Check(value);
}
