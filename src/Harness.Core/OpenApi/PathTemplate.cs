namespace Harness.Core.OpenApi;

/// <summary>
/// A path template such as <c>/api/users/{email}</c>. Matching is per segment; when several templates
/// match a path, the one with more literal segments wins, so <c>/api/users/getByEmail</c> is never taken
/// for an email.
/// </summary>
public sealed class PathTemplate
{
    private readonly string[] _segments;

    public PathTemplate(string template)
    {
        Template = template;
        _segments = template.Trim('/').Split('/');
        ParameterNames = _segments.Where(IsParameter).Select(s => s[1..^1]).ToArray();
        LiteralSegmentCount = _segments.Length - ParameterNames.Count;
    }

    public string Template { get; }
    public IReadOnlyList<string> ParameterNames { get; }
    public int LiteralSegmentCount { get; }
    public int SegmentCount => _segments.Length;

    /// <summary>Literal prefix up to the first parameter, used to order and group mappings.</summary>
    public string LiteralPrefix =>
        "/" + string.Join('/', _segments.TakeWhile(s => !IsParameter(s)));

    public bool TryMatch(string path, out IReadOnlyDictionary<string, string> values)
    {
        values = EmptyValues;
        var parts = path.Trim('/').Split('/');
        if (parts.Length != _segments.Length)
        {
            return false;
        }

        Dictionary<string, string>? found = null;
        for (var i = 0; i < parts.Length; i++)
        {
            if (IsParameter(_segments[i]))
            {
                if (parts[i].Length == 0)
                {
                    return false;
                }

                found ??= new Dictionary<string, string>(StringComparer.Ordinal);
                found[_segments[i][1..^1]] = Uri.UnescapeDataString(parts[i]);
            }
            else if (!string.Equals(parts[i], _segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        values = found ?? EmptyValues;
        return true;
    }

    /// <summary>Fills the template with escaped values.</summary>
    public string Expand(IReadOnlyDictionary<string, string> values) =>
        "/" + string.Join('/', _segments.Select(s =>
            IsParameter(s) && values.TryGetValue(s[1..^1], out var v) ? Uri.EscapeDataString(v) : s));

    /// <summary>A regular expression for the whole path, for routers that want one.</summary>
    public string ToRegex() =>
        "^/" + string.Join('/', _segments.Select(s =>
            IsParameter(s) ? "[^/]+" : System.Text.RegularExpressions.Regex.Escape(s))) + "/?$";

    public override string ToString() => Template;

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');

    private static readonly IReadOnlyDictionary<string, string> EmptyValues = new Dictionary<string, string>();
}
