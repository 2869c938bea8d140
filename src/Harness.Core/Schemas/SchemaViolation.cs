using Newtonsoft.Json.Linq;

namespace Harness.Core.Schemas;

/// <summary>
/// One broken rule at one place of a JSON value. <see cref="Segments"/> holds the path as property
/// names (string) and array indexes (int), so each vendor can spell it its own way.
/// </summary>
public sealed record SchemaViolation(
    IReadOnlyList<object> Segments,
    ViolationKind Kind,
    string Message,
    string? ExpectedType = null,
    JToken? Actual = null,
    IReadOnlyList<string>? Alternatives = null,
    Harness.Core.OpenApi.ParameterLocation? In = null)
{
    /// <summary>The path in JSONPath form: <c>$.device.token</c>, <c>$[0].extId</c>, <c>$</c> for the root.</summary>
    public string Path => JsonPathOf(Segments);

    /// <summary>The last property name on the path, or null at the root or an array item.</summary>
    public string? Property => Segments.Count > 0 ? Segments[^1] as string : null;

    public override string ToString() => In is { } location
        ? $"{location.ToString().ToLowerInvariant()} parameter '{Property}': {Message}"
        : $"{Path}: {Message}";

    public static string JsonPathOf(IEnumerable<object> segments)
    {
        var builder = new System.Text.StringBuilder("$");
        foreach (var segment in segments)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                var name = (string)segment;
                if (name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-'))
                {
                    builder.Append('.').Append(name);
                }
                else
                {
                    builder.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
                }
            }
        }

        return builder.ToString();
    }
}
