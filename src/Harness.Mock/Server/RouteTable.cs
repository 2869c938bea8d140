using Harness.Core.OpenApi;

namespace Harness.Mock.Server;

/// <summary>
/// The start-up route table: every operation of every API, found from a method and the path as sent. WireMock
/// sees one mapping per API and this table picks the operation, because WireMock scores every mapping on every
/// request (35 mappings cost about 40 % of the throughput of one; docs/benchmarks.md). Same rules as the
/// mappings it replaces: one leading slash, an optional trailing one, literal segments compared ordinally,
/// a parameter is any non-empty segment, and of the templates that fit the one with more literal segments wins.
/// A lookup allocates nothing unless the operation has path parameters.
/// </summary>
internal sealed class RouteTable
{
    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

    // Fully literal templates by path: one dictionary probe, no scan.
    private readonly Dictionary<string, BoundOperation[]> _literal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BoundOperation[]>.AlternateLookup<ReadOnlySpan<char>> _literalBySpan;

    // Templates with parameters, more literal segments first (the catalog's precedence).
    private readonly TemplateRoute[] _templated;

    public RouteTable(ApiCatalog catalog, ModuleBindings bindings)
    {
        var literal = new Dictionary<string, List<BoundOperation>>(StringComparer.Ordinal);
        var templated = new List<TemplateRoute>();
        foreach (var operation in catalog.Operations)
        {
            var bound = bindings[operation];
            if (operation.Path.ParameterNames.Count == 0)
            {
                var key = "/" + operation.Path.Template.Trim('/');
                if (!literal.TryGetValue(key, out var list))
                {
                    literal[key] = list = [];
                }

                list.Add(bound);
            }
            else
            {
                templated.Add(new TemplateRoute(bound, operation.Path.Template.Trim('/').Split('/')));
            }
        }

        foreach (var (path, list) in literal)
        {
            _literal[path] = [.. list];
        }

        _literalBySpan = _literal.GetAlternateLookup<ReadOnlySpan<char>>();
        _templated = [.. templated];
    }

    /// <summary>The operation for <paramref name="method"/> and the raw <paramref name="path"/>, or null.</summary>
    public BoundOperation? Find(string method, string path, out IReadOnlyDictionary<string, string> pathValues)
    {
        pathValues = NoValues;
        if (path.Length == 0 || path[0] != '/')
        {
            return null;
        }

        var trimmed = path.Length > 1 && path[^1] == '/' ? path.AsSpan(0, path.Length - 1) : path.AsSpan();
        if (_literalBySpan.TryGetValue(trimmed, out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (string.Equals(candidate.Operation.Method, method, StringComparison.OrdinalIgnoreCase))
                {
                    return candidate;
                }
            }
        }

        foreach (var route in _templated)
        {
            if (string.Equals(route.Bound.Operation.Method, method, StringComparison.OrdinalIgnoreCase)
                && route.TryMatch(trimmed[1..], out var values))
            {
                pathValues = values;
                return route.Bound;
            }
        }

        return null;
    }

    private sealed class TemplateRoute(BoundOperation bound, string[] segments)
    {
        public BoundOperation Bound => bound;

        /// <summary>Matches the path without its leading slash, segment by segment, without splitting it.</summary>
        public bool TryMatch(ReadOnlySpan<char> path, out IReadOnlyDictionary<string, string> values)
        {
            values = NoValues;
            var rest = path;
            for (var i = 0; i < segments.Length; i++)
            {
                var slash = rest.IndexOf('/');
                var last = i == segments.Length - 1;
                if (last != (slash < 0))
                {
                    return false;
                }

                var part = last ? rest : rest[..slash];
                var segment = segments[i];
                if (IsParameter(segment))
                {
                    if (part.IsEmpty)
                    {
                        return false;
                    }
                }
                else if (!part.SequenceEqual(segment))
                {
                    return false;
                }

                rest = last ? [] : rest[(slash + 1)..];
            }

            values = Values(path);
            return true;
        }

        private Dictionary<string, string> Values(ReadOnlySpan<char> path)
        {
            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            var rest = path;
            foreach (var segment in segments)
            {
                var slash = rest.IndexOf('/');
                var part = slash < 0 ? rest : rest[..slash];
                if (IsParameter(segment))
                {
                    found[segment[1..^1]] = Uri.UnescapeDataString(part.ToString());
                }

                rest = slash < 0 ? [] : rest[(slash + 1)..];
            }

            return found;
        }

        private static bool IsParameter(string segment) => segment.Length >= 2 && segment[0] == '{' && segment[^1] == '}';
    }
}
