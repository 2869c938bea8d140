namespace Harness.Core.Schemas;

/// <summary>
/// What the compiled check (<see cref="CompiledSchema"/>) can say about a value without running NJsonSchema.
/// Only <see cref="Valid"/> lets <see cref="SchemaValidator.Validate"/> skip NJsonSchema; the other two answers
/// send the value to NJsonSchema, which alone words the violations.
/// </summary>
public enum SchemaVerdict
{
    /// <summary>Not modelled exactly here (an unsupported keyword or value): only NJsonSchema can tell.</summary>
    Unsure,

    /// <summary>NJsonSchema reports no error for this value (and does not throw).</summary>
    Valid,

    /// <summary>NJsonSchema reports at least one error for this value (or throws on it).</summary>
    Invalid,
}
