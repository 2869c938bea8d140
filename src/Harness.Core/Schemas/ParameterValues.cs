using Newtonsoft.Json.Linq;

namespace Harness.Core.Schemas;

/// <summary>Parameters converted to JSON values, and what was wrong with them.</summary>
public sealed record ParameterValues(IReadOnlyDictionary<string, JToken> Values, IReadOnlyList<SchemaViolation> Violations)
{
    public string? Text(string name) => Values.TryGetValue(name, out var v) ? v.ToString() : null;

    public T? Get<T>(string name) => Values.TryGetValue(name, out var v) ? v.ToObject<T>() : default;
}
