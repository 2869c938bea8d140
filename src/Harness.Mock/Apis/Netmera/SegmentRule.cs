using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// What makes a user a member of a rule segment: <c>{"tag": "Sport"}</c> or
/// <c>{"attribute": "country", "equals": "TR"}</c> (compared as JSON, type included).
/// </summary>
internal sealed record SegmentRule(string? Tag, string? Attribute, JToken? Value)
{
    public bool Matches(NetmeraUser user) =>
        Tag is not null
            ? user.HasTag(Tag)
            : user.Attribute(Attribute!) is { } actual && JsonValues.Same(actual, Value!);

    public JObject ToJson() => Tag is not null
        ? new JObject { ["tag"] = Tag }
        : new JObject { ["attribute"] = Attribute, ["equals"] = Value!.DeepClone() };

    public static SegmentRule Parse(JToken? token, string path)
    {
        var json = JsonFields.Object(token, path);
        JsonFields.OnlyKnown(json, path, ["tag", "attribute", "equals"]);
        if (json.ContainsKey("tag"))
        {
            return json.Count == 1
                ? new SegmentRule(JsonFields.RequiredString(json, "tag", path), null, null)
                : throw new FormatException($"{path}: a rule is {{\"tag\"}} or {{\"attribute\", \"equals\"}}, not both");
        }

        var attribute = JsonFields.RequiredString(json, "attribute", path);
        return json["equals"] is { Type: not JTokenType.Null } value
            ? new SegmentRule(null, attribute, value.DeepClone())
            : throw new FormatException($"{path}.equals is required (any JSON value but null)");
    }
}
