using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Harness.Core.Schemas;

/// <summary>Parses NJsonSchema's error paths (<c>#/device.token</c>, <c>#/[0].extIds[3]</c>) into segments.</summary>
internal static class ViolationPath
{
    public static IReadOnlyList<object> Parse(string? path)
    {
        var segments = new List<object>();
        if (string.IsNullOrEmpty(path))
        {
            return segments;
        }

        var text = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                i++;
                continue;
            }

            if (text[i] == '[')
            {
                var end = text.IndexOf(']', i);
                if (end < 0)
                {
                    break;
                }

                var inner = text[(i + 1)..end];
                segments.Add(int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    ? index
                    : inner.Trim('\'', '"'));
                i = end + 1;
                continue;
            }

            var next = text.IndexOfAny(['.', '['], i);
            var stop = next < 0 ? text.Length : next;
            segments.Add(text[i..stop]);
            i = stop;
        }

        return segments;
    }

    public static JToken? Resolve(JToken root, IEnumerable<object> segments)
    {
        JToken? current = root;
        foreach (var segment in segments)
        {
            current = (segment, current) switch
            {
                (int index, JArray array) when index < array.Count => array[index],
                (string name, JObject obj) => obj[name],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }
}
