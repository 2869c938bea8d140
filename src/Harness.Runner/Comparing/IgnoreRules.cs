using Newtonsoft.Json.Linq;
using Harness.Runner.Http;

namespace Harness.Runner.Comparing;

/// <summary>
/// What a comparison of one step leaves out: the values at the ignored JSONPaths (the scenario's
/// <c>compare.ignore</c>, <c>--ignore</c>, the step's own captures) and values each side captured earlier
/// under the same name (an id one target generated and the other generated differently).
/// </summary>
internal sealed class IgnoreRules
{
    private readonly HashSet<JToken> _ignoredA = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<JToken> _ignoredB = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlyList<(JToken A, JToken B)> _captured;

    private readonly string? _rootA;
    private readonly string? _rootB;

    /// <summary><paramref name="rootA"/>/<paramref name="rootB"/>: each target's own URL, which its links legitimately contain.</summary>
    public IgnoreRules(JToken a, JToken b, IEnumerable<string> paths, IReadOnlyList<(JToken A, JToken B)> captured, string? rootA = null, string? rootB = null)
    {
        _rootA = rootA;
        _rootB = rootB;
        foreach (var path in paths)
        {
            Collect(a, path, _ignoredA);
            Collect(b, path, _ignoredB);
        }

        _captured = captured;
    }

    /// <summary>True when either token is at (or under) an ignored path of its own side.</summary>
    public bool Ignores(JToken a, JToken b) => Under(a, _ignoredA) || Under(b, _ignoredB);

    public bool SameCapture(JToken a, JToken b) =>
        _captured.Any(c => JToken.DeepEquals(c.A, a) && JToken.DeepEquals(c.B, b));

    /// <summary>Two strings equal once each side's own URL and the volatile parts of both are set aside.</summary>
    public bool SameText(JToken a, JToken b) =>
        a.Type == JTokenType.String && b.Type == JTokenType.String
        && string.Equals(Normalize(a.Value<string>()!, _rootA), Normalize(b.Value<string>()!, _rootB), StringComparison.Ordinal);

    private static string Normalize(string text, string? root) =>
        VolatileValues.Normalize(root is null ? text : text.Replace(root, "{target}", StringComparison.OrdinalIgnoreCase));

    private static void Collect(JToken root, string path, HashSet<JToken> into)
    {
        try
        {
            into.UnionWith(root.SelectTokens(path));
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            // A broken path ignores nothing; the linter reports it for scenario files, the command line checks its own.
        }
    }

    private static bool Under(JToken token, HashSet<JToken> ignored)
    {
        if (ignored.Count == 0)
        {
            return false;
        }

        for (JToken? at = token; at is not null; at = at.Parent)
        {
            if (ignored.Contains(at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A JSONPath the comparison can use, or the reason it cannot.</summary>
    public static string? Problem(string path)
    {
        try
        {
            _ = new JObject().SelectTokens(path).ToArray();
            return path.StartsWith('$') ? null : $"'{path}' must start with '$'";
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            return $"'{path}' is not a JSONPath: {e.Message}";
        }
    }
}
