using System.Numerics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Core.Tests.Schemas;

/// <summary>
/// Values near a valid one, for comparing the compiled verdict with NJsonSchema: at every place in the value,
/// a null, each other JSON type, edge numbers (integral floats, big integers, bounds), edge strings (empty,
/// long, surrogate pairs); objects lose each key and gain unknown ones; arrays are emptied, repeated, grown.
/// </summary>
internal static class ValueMutations
{
    private static readonly JToken[] Replacements =
    [
        JValue.CreateNull(), "", "text", "😀", "😀😀😀", new string('x', 53), string.Concat(Enumerable.Repeat("😀", 27)),
        "user@example.com", "GCM", "0", 0, 1, -1, 5, 52, 1000, 1001, long.MaxValue, long.MinValue, 0.5, 1.0, 2.0, -0.0, 1e30, -1e30, 1e300,
        new JValue(BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture)),
        true, false, new JObject(), new JArray(), new JArray("a", "a"), new JArray(1, 2), new JObject { ["k"] = "v" },
    ];

    /// <summary>The value itself, then every mutation of it (each a fresh copy).</summary>
    public static IEnumerable<JToken> Around(JToken seed)
    {
        yield return seed.DeepClone();
        var paths = Walk(seed).Select(t => t.Path).ToList();
        foreach (var path in paths)
        {
            foreach (var replacement in Replacements)
            {
                yield return Replace(seed, path, replacement);
            }

            var at = seed.SelectToken(path)!;
            foreach (var changed in Reshaped(at))
            {
                yield return Replace(seed, path, changed);
            }
        }
    }

    /// <summary>A value as the mock receives it: parsed from text, dates left as strings.</summary>
    public static JToken AsReceived(JToken value) => AsReceived(value.ToString(Formatting.None));

    /// <inheritdoc cref="AsReceived(JToken)"/>
    public static JToken AsReceived(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    private static IEnumerable<JToken> Reshaped(JToken at)
    {
        switch (at)
        {
            case JObject obj:
                foreach (var name in obj.Properties().Select(p => p.Name).ToList())
                {
                    var without = (JObject)obj.DeepClone();
                    without.Remove(name);
                    yield return without;

                    var nulled = (JObject)obj.DeepClone();
                    nulled[name] = JValue.CreateNull();
                    yield return nulled;
                }

                var extra = (JObject)obj.DeepClone();
                extra["zzUnknown"] = 1;
                yield return extra;
                var extraNull = (JObject)obj.DeepClone();
                extraNull["zzUnknown"] = JValue.CreateNull();
                yield return extraNull;
                break;
            case JArray array:
                if (array.Count > 0)
                {
                    yield return new JArray(array.Concat([array[0]]).Select(i => i.DeepClone()));
                    yield return new JArray(Enumerable.Repeat(array[0], 1001).Select(i => i.DeepClone()));
                    yield return new JArray(array.Concat([JValue.CreateNull()]).Select(i => i.DeepClone()));
                }

                yield return new JArray(array.Concat(["extra", 7]).Select(i => i.DeepClone()));
                break;
            case JValue { Type: JTokenType.String } text:
                var value = (string)text!;
                yield return value + "x";
                yield return value.ToUpperInvariant();
                yield return " " + value;
                yield return value.Length > 0 ? value[..^1] : "a";
                break;
            case JValue { Type: JTokenType.Integer } whole when whole.Value is long number:
                yield return number + 1;
                yield return number - 1;
                yield return (double)number;
                yield return number + 0.5;
                break;
            case JValue { Type: JTokenType.Float } real when real.Value is double number:
                yield return Math.Floor(number);
                yield return number + 1;
                yield return -number;
                break;
        }
    }

    private static JToken Replace(JToken seed, string path, JToken replacement)
    {
        var copy = seed.DeepClone();
        var at = copy.SelectToken(path)!;
        if (ReferenceEquals(at, copy))
        {
            return replacement.DeepClone();
        }

        at.Replace(replacement.DeepClone());
        return copy;
    }

    private static IEnumerable<JToken> Walk(JToken token)
    {
        yield return token;
        foreach (var child in token is JObject obj ? obj.Properties().Select(p => p.Value) : token.Children())
        {
            foreach (var inner in Walk(child))
            {
                yield return inner;
            }
        }
    }
}
