using Harness.Core.Scenarios.Templates;
using Newtonsoft.Json.Linq;
using Harness.Runner.Http;
using Harness.Runner.Templating;
using Harness.Runner.Results;

namespace Harness.Runner.Checks.Matching;

/// <summary>
/// "The actual JSON contains the expected JSON": objects match when every expected key matches (extra
/// actual keys are fine), arrays item by item with equal length, or as a subset under <c>$contains</c>.
/// </summary>
internal static class SubsetMatcher
{
    public static IReadOnlyList<Mismatch> Match(JToken expected, JToken? actual, string path = "$")
    {
        var mismatches = new List<Mismatch>();
        Match(expected, actual, path, mismatches);
        return mismatches;
    }

    public static bool Matches(JToken expected, JToken? actual) => Match(expected, actual).Count == 0;

    private static void Match(JToken expected, JToken? actual, string path, List<Mismatch> into)
    {
        switch (expected)
        {
            case JObject contains when IsContains(contains):
                MatchContains(contains, actual, path, into);
                break;
            case JObject obj:
                if (actual is not JObject actualObject)
                {
                    into.Add(Miss(path, $"expected an object, got {Describe(actual)}", expected, actual));
                    break;
                }

                foreach (var property in obj.Properties())
                {
                    var childPath = Child(path, property.Name);
                    if (actualObject.TryGetValue(property.Name, StringComparison.Ordinal, out var value))
                    {
                        Match(property.Value, value, childPath, into);
                    }
                    else
                    {
                        into.Add(Miss(childPath, $"key '{property.Name}' is missing", property.Value, null));
                    }
                }

                break;
            case JArray array:
                if (actual is not JArray actualArray)
                {
                    into.Add(Miss(path, $"expected an array, got {Describe(actual)}", expected, actual));
                }
                else if (actualArray.Count != array.Count)
                {
                    into.Add(Miss(path, $"{actualArray.Count} items, expected {array.Count}", expected, actual)
                        with { Message = $"{actualArray.Count} items, expected {array.Count} (write {{ $contains: [...] }} to match some items in any order)" });
                }
                else
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        Match(array[i], actualArray[i], $"{path}[{i}]", into);
                    }
                }

                break;
            default:
                if (actual is null || actual is JContainer || !JsonValues.ScalarEquals(expected, actual))
                {
                    into.Add(Miss(path, actual is null ? "missing" : "value differs", expected, actual));
                }

                break;
        }
    }

    private static void MatchContains(JObject contains, JToken? actual, string path, List<Mismatch> into)
    {
        var wanted = contains[ValueForms.Contains] is JArray list ? list : new JArray(contains[ValueForms.Contains]!);
        if (actual is not JArray actualArray)
        {
            into.Add(Miss(path, $"expected an array, got {Describe(actual)}", wanted, actual));
            return;
        }

        foreach (var item in wanted)
        {
            if (!actualArray.Any(candidate => Matches(item, candidate)))
            {
                into.Add(Miss(path, "no item matches", item, actual));
            }
        }
    }

    private static bool IsContains(JObject obj) => obj.Count == 1 && obj.ContainsKey(ValueForms.Contains);

    private static Mismatch Miss(string path, string message, JToken expected, JToken? actual) =>
        new(path, message, Json.Show(expected), actual is null ? "(missing)" : Json.Show(actual), TemplateEngine.LocationOf(expected));

    private static string Child(string path, string name) =>
        name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-') ? $"{path}.{name}" : $"{path}['{name}']";

    private static string Describe(JToken? token) => token is null ? "nothing" : JsonValues.TypeName(token) + " " + Json.Show(token, 80);
}
