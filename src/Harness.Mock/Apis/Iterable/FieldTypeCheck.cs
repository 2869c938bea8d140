using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// Checks the fields of one request against the project's types before anything is written: every
/// mismatching path (in request order), the new paths the request would fix, and, when new fields are not
/// to be created, the new paths it dropped from the sent object. Nothing changes until <see cref="Commit"/>.
/// </summary>
internal sealed class FieldTypeCheck
{
    private static readonly string[] DateString = ["date", "string", "keyword"];
    private static readonly string[] PlainString = ["string", "keyword"];
    private static readonly string[] Integral = ["long", "double"];
    private static readonly string[] Fractional = ["double"];
    private static readonly string[] Boolean = ["boolean"];
    private static readonly string[] Object = ["object"];

    private readonly FieldTypes _types;
    private readonly bool _dropNew;
    private readonly Dictionary<string, string> _pending = new(StringComparer.Ordinal);

    private FieldTypeCheck(FieldTypes types, bool dropNew)
    {
        _types = types;
        _dropNew = dropNew;
    }

    /// <summary>Each mismatching path with its entry of <c>params.validationErrors</c>, in request order.</summary>
    public List<KeyValuePair<string, JObject>> Mismatches { get; } = [];

    /// <summary>New paths removed from the sent object (when new fields are not created), in request order.</summary>
    public List<string> Dropped { get; } = [];

    /// <summary>
    /// Walks <paramref name="fields"/> with every key under <paramref name="prefix"/> (<c>""</c> for a profile's
    /// dataFields, <c>"devices."</c> for a device's). With <paramref name="dropNew"/>, keys whose path the
    /// project does not know are removed from <paramref name="fields"/>; the caller passes its own copy.
    /// </summary>
    public static FieldTypeCheck Run(FieldTypes types, JObject fields, string prefix, bool dropNew)
    {
        var check = new FieldTypeCheck(types, dropNew);
        check.Walk(fields, prefix);
        return check;
    }

    /// <summary>The types of a value that fit it: a field's type must be among them (<c>long</c> fits <c>5</c>, not <c>1.5</c>).</summary>
    public static IReadOnlyList<string> PossibleTypes(JToken value) => value.Type switch
    {
        JTokenType.String => IterableDates.TryParseClient((string)value!, out _) ? DateString : PlainString,
        JTokenType.Integer => Integral,
        JTokenType.Float => Fractional,
        JTokenType.Boolean => Boolean,
        JTokenType.Object => Object,
        _ => PlainString,
    };

    /// <summary>Fixes the type of every new path the request wrote; call once the request is accepted.</summary>
    public void Commit()
    {
        foreach (var (path, type) in _pending)
        {
            _types.Fix(path, type);
        }
    }

    private void Walk(JObject fields, string prefix)
    {
        var properties = fields.Properties().ToList();
        List<JProperty>? kept = null;
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var path = prefix + property.Name;
            var value = property.Value;
            if (value.Type != JTokenType.Null && _dropNew && !_types.IsKnown(path))
            {
                Dropped.Add(path);
                kept ??= properties.GetRange(0, i);
                continue;
            }

            kept?.Add(property);
            if (value.Type != JTokenType.Null)
            {
                Visit(value, path);
            }
        }

        if (kept is not null)
        {
            JsonChildren.Refill(fields, kept);
        }
    }

    private void Visit(JToken value, string path)
    {
        switch (value)
        {
            case { Type: JTokenType.Null }:
                return;
            case JArray array:
                // An array is typed by its elements, each checked; an empty one fits every type.
                foreach (var element in array)
                {
                    Visit(element, path);
                }

                return;
            case JObject nested:
                Check(path, Object, value);
                Walk(nested, path + ".");
                return;
            default:
                Check(path, PossibleTypes(value), value);
                return;
        }
    }

    private void Check(string path, IReadOnlyList<string> possible, JToken value)
    {
        var expected = _types.TypeOf(path) ?? _pending.GetValueOrDefault(path);
        if (expected is null)
        {
            // Decision: a first value fixes the first of its possible types (date for a date string).
            _pending[path] = possible[0];
            return;
        }

        if (!possible.Contains(expected) && !Mismatches.Exists(m => m.Key == path))
        {
            Mismatches.Add(new(path, new JObject
            {
                ["incomingTypes"] = new JArray(possible),
                ["expectedType"] = expected,
                ["_type"] = "UnexpectedType",
                ["offendingValue"] = value.DeepClone(),
                ["category"] = "user",
            }));
        }
    }
}
