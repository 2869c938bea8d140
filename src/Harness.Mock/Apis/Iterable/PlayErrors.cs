using Harness.Core.Schemas;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// Schema violations in the shape of Iterable's Play Framework backend:
/// <c>{"obj.device.token":[{"msg":"error.path.missing","args":[]}]}</c>, every violation listed.
/// </summary>
internal static class PlayErrors
{
    public static JObject Of(IEnumerable<SchemaViolation> violations)
    {
        var result = new JObject();
        foreach (var violation in violations)
        {
            var path = PathOf(violation.Segments);
            if (result[path] is not JArray messages)
            {
                messages = [];
                result[path] = messages;
            }

            var message = MessageOf(violation);
            if (!messages.Any(m => (string?)m["msg"] == message))
            {
                messages.Add(new JObject { ["msg"] = message, ["args"] = new JArray() });
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
