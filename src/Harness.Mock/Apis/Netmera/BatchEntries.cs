using Harness.Core.Schemas;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// Partial acceptance of the batch operations (set/unset/push/pullProfileAttributes, setCategoryPreferences):
/// an invalid entry is taken out of the body before the schema sees it, and the body remembers why. When
/// every entry is invalid the body is left empty and marked, which <see cref="NetmeraViolations"/> answers
/// as 400 2009; otherwise the handler applies the rest, or refuses the whole request when the tenant rejects
/// invalid entries. The rules here are those of each operation's entry schema in <c>openapi/netmera.yaml</c>.
/// </summary>
internal static class BatchEntries
{
    private static readonly Dictionary<string, Func<JToken, string?>> Rules = new(StringComparer.Ordinal)
    {
        ["setProfileAttributes"] = item => ProblemOf(item, byToken: false) ?? (item["profile"] is JObject ? null : "'profile' is missing or not an object"),
        ["unsetProfileAttributes"] = item => ProblemOf(item, byToken: false) ?? (item["profile"] is null or JArray ? null : "'profile' is not a list"),
        ["pushProfileAttributes"] = ValuesProblem,
        ["pullProfileAttributes"] = ValuesProblem,
        ["setCategoryPreferences"] = item => ProblemOf(item, byToken: false) ?? (item["enable"] is { Type: JTokenType.Boolean } ? null : "'enable' is missing or not a boolean"),
    };

    public static bool Screens(string operationId) => Rules.ContainsKey(operationId);

    /// <summary>
    /// Removes the invalid entries of a batch body in place and marks it with the reasons: the first
    /// <see cref="SchemaValidator.MaxViolations"/> each in its own words, the rest counted, as the
    /// schema's violations are.
    /// </summary>
    public static JToken Screen(string operationId, JToken body)
    {
        if (!Rules.TryGetValue(operationId, out var rule) || body is not JArray items)
        {
            return body;
        }

        List<JToken>? kept = null;
        var reasons = new List<string>();
        var skipped = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (rule(items[i]) is not { } reason)
            {
                kept?.Add(items[i]);
                continue;
            }

            kept ??= [.. items.Take(i)];
            if (++skipped <= SchemaValidator.MaxViolations)
            {
                reasons.Add($"entry [{i}] skipped: {reason}");
            }
        }

        if (kept is null)
        {
            return items;
        }

        if (skipped > reasons.Count)
        {
            reasons.Add($"{skipped - reasons.Count} more entries skipped");
        }

        JsonChildren.Refill(items, kept);

        items.AddAnnotation(new Skipped(reasons));
        return items;
    }

    /// <summary>Whether a batch body lost every entry to <see cref="Screen"/>.</summary>
    public static bool AllSkipped(JToken? body) => body is JArray { Count: 0 } items && items.Annotation<Skipped>() is not null;

    /// <summary>
    /// Null when the handler may go on (each skipped entry then is a journal warning); the 400 2009 answer
    /// when the tenant rejects invalid entries and the body had one.
    /// </summary>
    public static MockResponse? Admit(HandlerContext<NetmeraState> ctx)
    {
        var reasons = ctx.Request.Body?.Annotation<Skipped>()?.Reasons ?? [];
        foreach (var reason in reasons)
        {
            ctx.Warn(reason);
        }

        if (reasons.Count > 0 && ctx.State.RejectInvalidEntries)
        {
            ctx.Warn("the tenant rejects invalid entries (rejectInvalidEntries): nothing applied");
            return NetmeraErrors.InvalidJsonBody();
        }

        return null;
    }

    /// <summary>push and pull: an identifier (extId wins over deviceToken), and every value in <c>profile</c> an array.</summary>
    private static string? ValuesProblem(JToken item) =>
        ProblemOf(item, byToken: true) ?? (item["profile"] is JObject profile
            ? profile.Properties().FirstOrDefault(p => p.Value is not JArray) is { } scalar
                ? $"'profile.{scalar.Name}' is not an array of values"
                : null
            : "'profile' is missing or not an object");

    private static string? ProblemOf(JToken item, bool byToken)
    {
        if (item is not JObject entry)
        {
            return "not an object";
        }

        if (entry["extId"] is { } extId && extId.Type != JTokenType.String)
        {
            return "'extId' is not a text";
        }

        if (!byToken)
        {
            return entry["extId"] is null ? "no 'extId'" : null;
        }

        if (entry["deviceToken"] is { } token && token.Type != JTokenType.String)
        {
            return "'deviceToken' is not a text";
        }

        return entry["extId"] is null && entry["deviceToken"] is null ? "neither 'extId' nor 'deviceToken'" : null;
    }

    private sealed record Skipped(IReadOnlyList<string> Reasons);
}
