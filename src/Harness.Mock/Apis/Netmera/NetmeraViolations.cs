using System.Globalization;
using System.Text.RegularExpressions;
using Harness.Core.Schemas;
using Harness.Mock.Modules;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// Netmera answers one error per request: the first violation, missing fields (2020) before wrong ones
/// (2004), then in path order, spelled the way Netmera spells it (<c>Field 'tag' should be a text</c>).
/// </summary>
internal static partial class NetmeraViolations
{
    public static MockResponse Answer(IReadOnlyList<SchemaViolation> violations)
    {
        // The body as a whole of the wrong JSON kind (an object for an array, or the reverse), or a batch whose
        // every entry was invalid and skipped, is "Invalid JSON" to Netmera, not a field error.
        if (violations.Any(v => v.Segments.Count == 0 && v.In is null
            && (v.Kind == ViolationKind.WrongType || (v.Kind == ViolationKind.TooFewItems && BatchEntries.AllSkipped(v.Actual)))))
        {
            return NetmeraErrors.InvalidJsonBody();
        }

        var first = violations.Where(v => !InsideWrongType(v, violations)).OrderBy(Rank).ThenBy(v => v.Segments, SegmentOrder.Instance).First();
        return NetmeraErrors.BadRequest(IsMissing(first) ? NetmeraErrors.MissingParameter : NetmeraErrors.InvalidField, Text(first));
    }

    /// <summary>
    /// A value of the wrong JSON kind (an array where an object belongs) makes what is "missing" inside it
    /// meaningless: the wrong kind is the error.
    /// </summary>
    private static bool InsideWrongType(SchemaViolation v, IReadOnlyList<SchemaViolation> all) =>
        all.Any(w => w.Kind == ViolationKind.WrongType
            && (w.Segments.Count < v.Segments.Count || (w.Segments.Count == v.Segments.Count && v.Kind != ViolationKind.WrongType))
            && w.Segments.SequenceEqual(v.Segments.Take(w.Segments.Count)));

    /// <summary>Null, absent, both-or-neither and an empty list all count as missing.</summary>
    private static bool IsMissing(SchemaViolation v) => v.Kind is ViolationKind.Missing or ViolationKind.Alternatives or ViolationKind.TooFewItems;

    private static int Rank(SchemaViolation v) => IsMissing(v) ? 0 : v.Kind == ViolationKind.WrongType ? 1 : 2;

    private static string Text(SchemaViolation v)
    {
        var field = FieldOf(v.Segments);
        return v.Kind switch
        {
            ViolationKind.Missing => $"Missing required parameter '{field}'",
            ViolationKind.Alternatives when v.Alternatives is { Count: > 0 } names => Given(v.Actual, names) == 0
                ? $"Missing required parameter: one of {string.Join(" or ", names.Select(n => $"'{n}'"))} is required"
                : $"Only one of {string.Join(" or ", names.Select(n => $"'{n}'"))} may be given",
            ViolationKind.TooFewItems when field is null => "Missing required parameter: the request body is an empty array",
            ViolationKind.TooFewItems => $"Missing required parameter '{field}': the list is empty",
            ViolationKind.WrongType => $"{Subject(field)} should be {Article(v.ExpectedType)}",
            ViolationKind.TooManyItems => $"At most {IdLimit.Max} unique {IdLimit.NounOf(field)} are allowed in one request",
            ViolationKind.NotInEnum => $"{Subject(field)} should be one of {AfterLast(v.Message, "is not one of ")}",
            ViolationKind.PatternMismatch when field is not null && field.StartsWith("emailList", StringComparison.Ordinal) =>
                $"Field '{field}' is not a valid email address: {v.Actual?.ToString(Newtonsoft.Json.Formatting.None)}",
            ViolationKind.TooLarge => $"{Subject(field)} should be at most {TrailingNumber(v.Message)}",
            ViolationKind.TooSmall => $"{Subject(field)} should be at least {TrailingNumber(v.Message)}",
            _ => $"{Subject(field)} is not valid: {v.Message}",
        };
    }

    private static int Given(Newtonsoft.Json.Linq.JToken? actual, IReadOnlyList<string> names) =>
        actual is Newtonsoft.Json.Linq.JObject json ? names.Count(json.ContainsKey) : 0;

    private static string Subject(string? field) => field switch
    {
        null => "Request body",
        ['[', ..] => $"Item {field} of the request body",
        _ => $"Field '{field}'",
    };

    /// <summary>Netmera names the field, not the path: <c>$[3].extId</c> is <c>extId</c>, an id list item <c>extIds[3]</c>.</summary>
    private static string? FieldOf(IReadOnlyList<object> segments)
    {
        var last = segments.Count - 1;
        while (last >= 0 && segments[last] is int)
        {
            last--;
        }

        if (last < 0)
        {
            return segments.Count == 0 ? null : string.Concat(segments.Select(s => $"[{s}]"));
        }

        return segments[last] + string.Concat(segments.Skip(last + 1).Select(s => $"[{s}]"));
    }

    private static string Article(string? type) => type switch
    {
        "string" => "a text",
        "integer" or "number" => "a number",
        "boolean" => "a boolean",
        "array" => "an array",
        "object" => "an object",
        null => "of another type",
        _ => $"a {type}",
    };

    private static string AfterLast(string text, string marker) =>
        text.LastIndexOf(marker, StringComparison.Ordinal) is var at and >= 0 ? text[(at + marker.Length)..] : text;

    private static string TrailingNumber(string message) =>
        TrailingNumberPattern().Match(message) is { Success: true } m
            ? decimal.Parse(m.Value, CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.InvariantCulture)
            : "the limit";

    [GeneratedRegex(@"-?\d+(\.\d+)?$")]
    private static partial Regex TrailingNumberPattern();

    /// <summary>Path order with array indexes compared as numbers (<c>$[2]</c> before <c>$[10]</c>).</summary>
    private sealed class SegmentOrder : IComparer<IReadOnlyList<object>>
    {
        public static readonly SegmentOrder Instance = new();

        public int Compare(IReadOnlyList<object>? x, IReadOnlyList<object>? y)
        {
            x ??= [];
            y ??= [];
            for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
            {
                var order = (x[i], y[i]) switch
                {
                    (int a, int b) => a.CompareTo(b),
                    (string a, string b) => string.CompareOrdinal(a, b),
                    (int, _) => -1,
                    _ => 1,
                };
                if (order != 0)
                {
                    return order;
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
