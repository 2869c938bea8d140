using Harness.Runner.Comparing;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Recording;

/// <summary>
/// The part of an answer a replay can expect again: without volatile values (timestamps, uuids, long hex
/// ids, text holding them), without ids the service made up, and with values captured earlier written as
/// their variables. Works on a copy, in place.
/// </summary>
internal sealed class StableBody(IReadOnlyDictionary<string, string> generated, HashSet<string> sent, HashSet<string> capturedHere)
{
    /// <summary>The stable part of <paramref name="token"/>, or null when nothing of it can be expected.</summary>
    public JToken? Of(JToken token, string? property)
    {
        switch (token)
        {
            case JObject obj:
                foreach (var p in obj.Properties().ToArray())
                {
                    if (Of(p.Value, p.Name) is { } kept)
                    {
                        p.Value = kept;
                    }
                    else
                    {
                        p.Remove();
                    }
                }

                return obj;
            case JArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    // Subset match compares arrays item by item: an item that cannot be expected drops the whole array.
                    if (Of(array[i], property) is not { } kept)
                    {
                        return null;
                    }

                    array[i] = kept;
                }

                return array;
            case JValue value:
                return Value(value, property);
            default:
                return token;
        }
    }

    private JValue? Value(JValue value, string? property)
    {
        var key = ScenarioWriter.Key(value);
        if (key is not null && generated.TryGetValue(key, out var variable))
        {
            // Where it is captured the value is new on every replay; later it is whatever was captured.
            return capturedHere.Contains(variable) ? null : new JValue("{{ " + variable + " }}");
        }

        var volatileText = value.Type == JTokenType.String && VolatileValues.Normalize(value.Value<string>()!) != value.Value<string>();
        var madeUpId = property is not null && ScenarioWriter.IdName().IsMatch(property) && key is not null && !sent.Contains(key);
        return VolatileValues.IsVolatile(property, value) || volatileText || madeUpId ? null : value;
    }
}
