using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// A segment defined per tenant (fixtures or tenant settings). With a <see cref="Rule"/> its members follow
/// the state; with <see cref="ExtIds"/> it is static and counts the listed users that exist.
/// </summary>
internal sealed record NetmeraSegment(long Id, string Name, string Type, SegmentRule? Rule, IReadOnlyList<string>? ExtIds)
{
    public const string Connectors = "CONNECTORS_SEGMENT";

    public static readonly IReadOnlyList<string> Types = ["STANDARD", "PRODUCT_SEGMENT", "PREDICT_SEGMENT", Connectors];

    /// <summary>A segment fed by an external connector: Netmera neither counts nor lists its users.</summary>
    public bool IsConnector => Type == Connectors;

    /// <summary>
    /// Tracked members in a stable order: a static segment's own order, otherwise user creation order.
    /// Untracked users are "excluded from targeting and counts".
    /// </summary>
    public IEnumerable<NetmeraUser> Members(NetmeraState state)
    {
        if (ExtIds is not null)
        {
            return ExtIds.Distinct(StringComparer.Ordinal).Select(state.FindUser).OfType<NetmeraUser>().Where(u => !u.Untracked);
        }

        return Rule is null ? [] : state.Users.Where(u => !u.Untracked && Rule.Matches(u));
    }

    /// <summary>getSegments' <c>userCount</c>: null for a connector segment, else counted at each read.</summary>
    public int? UserCount(NetmeraState state) => IsConnector ? null : Members(state).Count();

    public JObject ToJson()
    {
        var json = new JObject { ["id"] = Id, ["name"] = Name, ["type"] = Type };
        if (Rule is not null)
        {
            json["rule"] = Rule.ToJson();
        }

        if (ExtIds is not null)
        {
            json["extIds"] = new JArray(ExtIds);
        }

        return json;
    }

    public static IReadOnlyList<NetmeraSegment> ParseList(JToken? token, string path)
    {
        if (token is not JArray list)
        {
            throw new FormatException($"{path} should be an array of segments");
        }

        var segments = list.Select((item, i) => Parse(item, $"{path}[{i}]")).ToArray();
        if (segments.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new FormatException($"{path}: segment id {twice.Key} is defined {twice.Count()} times");
        }

        return segments;
    }

    private static NetmeraSegment Parse(JToken token, string path)
    {
        var json = JsonFields.Object(token, path);
        JsonFields.OnlyKnown(json, path, ["id", "name", "type", "rule", "extIds"]);
        var type = JsonFields.String(json, "type", path) ?? "STANDARD";
        if (!Types.Contains(type, StringComparer.Ordinal))
        {
            throw new FormatException($"{path}.type: \"{type}\" is not one of {string.Join(", ", Types)}");
        }

        var rule = json["rule"] is { Type: not JTokenType.Null } ruleJson ? SegmentRule.Parse(ruleJson, $"{path}.rule") : null;
        var extIds = JsonFields.Array(json, "extIds", path) is null ? null : JsonFields.Strings(json, "extIds", path);
        if (rule is not null && extIds is not null)
        {
            throw new FormatException($"{path}: a segment has a rule or extIds, not both");
        }

        if (type == Connectors && (rule is not null || extIds is not null))
        {
            throw new FormatException($"{path}: a {Connectors} gets its users from a connector, so it has neither a rule nor extIds");
        }

        return new NetmeraSegment(JsonFields.RequiredLong(json, "id", path), JsonFields.RequiredString(json, "name", path), type, rule, extIds);
    }
}
