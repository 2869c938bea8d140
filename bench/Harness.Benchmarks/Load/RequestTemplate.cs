using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Harness.Benchmarks.Load;

/// <summary>
/// One request shape, rendered afresh for every request so state can grow: <c>{n}</c> is the request's
/// sequence number, <c>{n%K}</c> that number modulo K and <c>{run}</c> a value unique to one load run.
/// Both drivers render the same template (the wrk driver turns it into a Lua function).
/// </summary>
internal sealed partial record RequestTemplate(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string? Body = null)
{
    public static RequestTemplate Get(string path, params (string Name, string Value)[] headers) =>
        new("GET", path, headers.ToDictionary(h => h.Name, h => h.Value));

    public static RequestTemplate Post(string path, string body, params (string Name, string Value)[] headers) =>
        new("POST", path, headers.Append((Name: "Content-Type", Value: "application/json")).ToDictionary(h => h.Name, h => h.Value), body);

    /// <summary>The literal parts and placeholders of a text, in order.</summary>
    public static IReadOnlyList<Part> Parse(string text)
    {
        var parts = new List<Part>();
        var last = 0;
        foreach (Match m in Placeholder().Matches(text))
        {
            if (m.Index > last)
            {
                parts.Add(new Part(text[last..m.Index], null, false));
            }

            parts.Add(m.Groups["run"].Success
                ? new Part(null, null, true)
                : new Part(null, m.Groups["mod"].Success ? long.Parse(m.Groups["mod"].Value, CultureInfo.InvariantCulture) : 0, false));
            last = m.Index + m.Length;
        }

        if (last < text.Length)
        {
            parts.Add(new Part(text[last..], null, false));
        }

        return parts;
    }

    public static string Render(IReadOnlyList<Part> parts, long n, string run)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Literal is { } literal)
            {
                builder.Append(literal);
            }
            else if (part.IsRun)
            {
                builder.Append(run);
            }
            else
            {
                builder.Append(part.Modulo is > 0 and var k ? n % k : n);
            }
        }

        return builder.ToString();
    }

    /// <summary>A literal, <c>{run}</c> (IsRun) or <c>{n}</c> / <c>{n%K}</c> (Modulo 0 or K).</summary>
    internal sealed record Part(string? Literal, long? Modulo, bool IsRun);

    [GeneratedRegex(@"\{(?:(?<run>run)|n(?:%(?<mod>\d+))?)\}")]
    private static partial Regex Placeholder();
}
