using System.Globalization;
using System.Text.RegularExpressions;
using Harness.Core.Scenarios;
using Newtonsoft.Json.Linq;
using Harness.Runner.Http;
using Harness.Runner.Templating;

namespace Harness.Runner.Checks.Matching;

/// <summary>
/// Evaluates one predicate (<c>length: 3</c>, <c>matches: ^x</c>…) against a value; <paramref name="actual"/>
/// null means nothing is there. Returns null when it holds, else why not.
/// </summary>
internal static class PredicateEvaluator
{
    public static string? Evaluate(PredicateKind kind, JToken operand, JToken? actual)
    {
        switch (kind)
        {
            case PredicateKind.Exists or PredicateKind.Absent when operand.Type != JTokenType.Boolean:
                return $"'{PredicateNames.NameOf(kind)}' needs true or false, got {Json.Show(operand)}";
            case PredicateKind.Exists:
                return (bool)operand == (actual is not null) ? null : (actual is null ? "nothing is there" : "a value is there");
            case PredicateKind.Absent:
                return (bool)operand == (actual is null) ? null : (actual is null ? "nothing is there" : "a value is there");
            case PredicateKind.Equals:
                return actual is not null && JsonValues.DeepEquals(operand, actual) ? null : "not equal";
            case PredicateKind.Contains:
                return Contains(operand, actual);
            case PredicateKind.Length when operand.Type != JTokenType.Integer:
                return $"'length' needs an integer, got {Json.Show(operand)}";
            case PredicateKind.Length:
                return Length(actual) is { } length
                    ? length == (long)operand ? null : $"length is {length}"
                    : $"{JsonValues.TypeName(actual)} has no length";
            case PredicateKind.Matches:
                return actual is JValue { Type: not JTokenType.Null } value
                       && Regex.IsMatch(TemplateEngine.TextOf(value), TemplateEngine.TextOf(operand), RegexOptions.None, TimeSpan.FromSeconds(1))
                    ? null
                    : "does not match";
            case PredicateKind.Gt or PredicateKind.Gte or PredicateKind.Lt or PredicateKind.Lte:
                return Compare(kind, operand, actual);
            case PredicateKind.Type:
                return JsonValues.HasType(actual, TemplateEngine.TextOf(operand)) ? null : $"is {JsonValues.TypeName(actual)}";
            default:
                return $"unknown predicate {kind}";
        }
    }

    private static string? Contains(JToken operand, JToken? actual) => actual switch
    {
        JArray array => array.Any(item => SubsetMatcher.Matches(operand, item)) ? null : "no item matches",
        JValue { Type: JTokenType.String } text =>
            ((string)text!).Contains(TemplateEngine.TextOf(operand), StringComparison.Ordinal) ? null : "substring not found",
        JObject obj when operand.Type == JTokenType.String => obj.ContainsKey((string)operand!) ? null : "key not found",
        _ => $"{JsonValues.TypeName(actual)} cannot contain anything",
    };

    private static long? Length(JToken? actual) => actual switch
    {
        JArray array => array.Count,
        JObject obj => obj.Count,
        JValue { Type: JTokenType.String } text => ((string)text!).Length,
        _ => null,
    };

    private static string? Compare(PredicateKind kind, JToken operand, JToken? actual)
    {
        if (actual is null || !JsonValues.IsNumber(actual) || !JsonValues.IsNumber(operand))
        {
            return $"{JsonValues.TypeName(actual)} is not a number";
        }

        var a = (double)actual;
        var b = (double)operand;
        var holds = kind switch
        {
            PredicateKind.Gt => a > b,
            PredicateKind.Gte => a >= b,
            PredicateKind.Lt => a < b,
            _ => a <= b,
        };
        return holds ? null : $"{a.ToString(CultureInfo.InvariantCulture)} is not {Symbol(kind)} {b.ToString(CultureInfo.InvariantCulture)}";
    }

    public static string Symbol(PredicateKind kind) => kind switch
    {
        PredicateKind.Gt => ">",
        PredicateKind.Gte => ">=",
        PredicateKind.Lt => "<",
        PredicateKind.Lte => "<=",
        _ => PredicateNames.NameOf(kind),
    };
}
