namespace Harness.Core.Schemas;

/// <summary>
/// One declared property of a compiled object schema. <see cref="Nullable"/> is the property's own
/// <c>IsNullable</c>, which NJsonSchema asks before it looks at the referenced schema: a <c>null</c> value of a
/// nullable property is not validated at all.
/// </summary>
internal sealed record PropertyRule(string Name, SchemaNode Schema, bool Nullable, bool Required);
