using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Harness.Core.Schemas;

/// <summary>
/// A schema compiled into a check that answers, without allocating on the way to a Valid answer, whether
/// NJsonSchema would accept a value. Valid is only said when NJsonSchema (as <see cref="SchemaValidator"/> runs
/// it) reports no error; whatever the nodes do not mirror exactly is Unsure and goes to NJsonSchema.
/// </summary>
internal sealed class CompiledSchema
{
    private readonly SchemaNode _root;

    private CompiledSchema(SchemaNode root) => _root = root;

    /// <summary>Answers Unsure for everything.</summary>
    public static CompiledSchema Unsure { get; } = new(SchemaNode.Unsupported);

    /// <param name="schema">The schema as given to NJsonSchema (its references are followed here as there).</param>
    /// <param name="checkedFormats">The formats the validator has format validators for: those are left to it.</param>
    public static CompiledSchema Compile(JsonSchema schema, IReadOnlySet<string> checkedFormats) =>
        new(new SchemaNodeCompiler(checkedFormats).CompileReference(schema));

    /// <summary>Whether any of the schema is modelled (false: every answer is Unsure).</summary>
    public bool IsSupported => _root.Supported;

    public SchemaVerdict Check(JToken value) => _root.Check(value);
}
