using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// A set of JSON values under <see cref="JsonValues.Same"/>: values are bucketed by a key that same values
/// always share (a number by its double, a text by itself; arrays and objects in one bucket) and confirmed
/// with <see cref="JsonValues.Same"/>, so a push or a pull of many values against a long array stays linear.
/// </summary>
internal sealed class JsonValueSet
{
    private readonly Dictionary<(JTokenType Kind, string? Text, double Number), List<JToken>> _buckets = [];

    public JsonValueSet(IEnumerable<JToken> values)
    {
        foreach (var value in values)
        {
            Add(value);
        }
    }

    public bool Contains(JToken value) =>
        _buckets.TryGetValue(KeyOf(value), out var bucket) && bucket.Exists(member => JsonValues.Same(member, value));

    /// <summary>Adds the value unless a same one is there; true when it was added.</summary>
    public bool Add(JToken value)
    {
        var key = KeyOf(value);
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            _buckets[key] = [value];
            return true;
        }

        if (bucket.Exists(member => JsonValues.Same(member, value)))
        {
            return false;
        }

        bucket.Add(value);
        return true;
    }

    private static (JTokenType Kind, string? Text, double Number) KeyOf(JToken value) => value.Type switch
    {
        // 1 and 1.0 are one number: both kinds share the key of their double.
        JTokenType.Integer or JTokenType.Float => (JTokenType.Float, null, value.Value<double>()),
        JTokenType.String => (JTokenType.String, (string?)value, 0),
        JTokenType.Array or JTokenType.Object => (JTokenType.Object, null, 0),
        _ => (value.Type, value.ToString(), 0),
    };
}
