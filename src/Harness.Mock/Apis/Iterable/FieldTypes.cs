namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// A project's field types (behaviour.md, "Field types, per tenant"): the first accepted non-null value of a
/// path fixes its type, named as the project's field list names them (<c>string</c>, <c>long</c>,
/// <c>double</c>, <c>boolean</c>, <c>date</c>, <c>object</c>). Paths are dotted (<c>defaultAddress.number</c>);
/// device fields sit under <c>devices.</c>. The system fields have preset types that are never stored.
/// </summary>
internal sealed class FieldTypes
{
    public static readonly IReadOnlyList<string> Names = ["string", "long", "double", "boolean", "date", "object"];

    /// <summary>The system fields' types, fixed in every project.</summary>
    public static readonly IReadOnlyDictionary<string, string> Presets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["email"] = "string",
        ["userId"] = "string",
        ["signupSource"] = "string",
        ["signupDate"] = "date",
        ["profileUpdatedAt"] = "date",
        ["devices"] = "object",
        ["devices.token"] = "string",
        ["devices.platform"] = "string",
        ["devices.applicationName"] = "string",
        ["devices.endpointEnabled"] = "boolean",
    };

    // Insertion order is the order fields became known: the dashboard and snapshots show them so.
    private Dictionary<string, string> _learned = new(StringComparer.Ordinal);

    public int Count => _learned.Count;

    /// <summary>The fields learned from accepted data, in the order they became known (presets excluded).</summary>
    public IEnumerable<KeyValuePair<string, string>> Learned => _learned;

    public string? TypeOf(string path) =>
        Presets.TryGetValue(path, out var preset) ? preset : _learned.GetValueOrDefault(path);

    public bool IsKnown(string path) => Presets.ContainsKey(path) || _learned.ContainsKey(path);

    /// <summary>Fixes a new path's type; a known path keeps its own.</summary>
    public void Fix(string path, string type)
    {
        if (!IsKnown(path))
        {
            _learned[path] = type;
        }
    }

    public void Clear() => _learned.Clear();

    /// <summary>Forgets the fields learned after the first <paramref name="count"/>, keeping the order of the rest.</summary>
    public void Truncate(int count)
    {
        if (_learned.Count <= count)
        {
            return;
        }

        // Removing from a dictionary leaves holes that later additions fill out of order: rebuild it instead.
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, type) in _learned)
        {
            if (kept.Count == count)
            {
                break;
            }

            kept[path] = type;
        }

        _learned = kept;
    }
}
