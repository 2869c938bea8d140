using Harness.Core.Schemas;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// Schema violations in the shape Iterable's Play Framework backend answers today (production, 2024):
/// <c>{"obj.device.token":"error.path.missing"}</c>, one message key as a string per JSON path. A path
/// with several problems keeps its first (Decision); every path is listed.
/// </summary>
internal static class PlayErrors
{
    public static JObject Of(IEnumerable<SchemaViolation> violations)
    {
        var result = new JObject();
        foreach (var violation in violations)
        {
            var path = PathOf(violation.Segments);
            if (result[path] is null)
            {
                result[path] = MessageOf(violation);
            }
        }

        return result;
    }

    /// <summary><c>obj</c> for the root, <c>obj.a.b</c> for properties, <c>obj.a[0].b</c> for array items.</summary>
    public static string PathOf(IReadOnlyList<object> segments)
    {
        var builder = new System.Text.StringBuilder("obj");
        foreach (var segment in segments)
        {
            _ = segment is int index ? builder.Append('[').Append(index).Append(']') : builder.Append('.').Append(segment);
        }

        return builder.ToString();
    }

    public static string MessageOf(SchemaViolation violation) => violation.Kind switch
    {
        ViolationKind.Missing => "error.path.missing",
        ViolationKind.NotInEnum => "error.expected.validenumvalue",
        ViolationKind.WrongType => violation.ExpectedType switch
        {
            "string" => "error.expected.jsstring",
            "boolean" => "error.expected.jsboolean",
            "number" or "integer" => "error.expected.jsnumber",
            "object" => "error.expected.jsobject",
            "array" => "error.expected.jsarray",
            _ => "error.invalid",
        },
        _ => "error.invalid",
    };
}
