using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Http;

/// <summary>
/// JSONPath over a response (Newtonsoft's <c>SelectToken</c>). A path that can match several values
/// (wildcards, filters, slices, unions, <c>..</c>) always gives an array of its matches, so
/// <c>length</c> and <c>contains</c> work on it; a plain path gives the value, or null when absent.
/// </summary>
internal static partial class JsonQuery
{
    public static JToken? Select(JToken root, string path, out bool multiple)
    {
        multiple = CanMatchMany(path);
        if (multiple)
        {
            return new JArray(root.SelectTokens(path).Select(t => t.DeepClone()));
        }

        return root.SelectToken(path, errorWhenNoMatch: false);
    }

    /// <summary>Like <see cref="Select"/>, but a broken path becomes an error message instead of an exception.</summary>
    public static JToken? TrySelect(JToken root, string path, out bool multiple, out string? error)
    {
        try
        {
            error = null;
            return Select(root, path, out multiple);
        }
        catch (Exception e) when (e is JsonException or IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            multiple = false;
            error = $"invalid JSONPath '{path}': {(e is JsonException ? e.Message : "the path ends in the middle of an expression")}";
            return null;
        }
    }

    public static bool CanMatchMany(string path) => ManyPattern().IsMatch(path);

    [GeneratedRegex(@"\*|\.\.|\[\?|\[[^\]]*[:,][^\]]*\]")]
    private static partial Regex ManyPattern();
}
