using Harness.Core.Diagnostics;
using System.Text.RegularExpressions;
using Harness.Core.Scenarios.Templates;
using Harness.Core.Scenarios.Yaml;
using Newtonsoft.Json.Linq;

namespace Harness.Core.Scenarios.Parsing;

internal sealed partial class ScenarioReader
{
    private Expectation? ReadExpectation(ScenarioNode node)
    {
        if (Mapping(node, "'expect'") is not { } map)
        {
            return null;
        }

        CheckKeys(map, ScenarioKeys.Expect, "'expect'");
        return new Expectation(map.Location)
        {
            Status = map.Find("status") is { } status ? ReadStatus(status.Value) : null,
            Body = map.Find("body")?.Value,
            Json = ReadPathExpectations(map.Find("json"), "'json' (JSONPath: expected value)"),
            Headers = ReadPathExpectations(map.Find("headers"), "'headers' (name: expected value)"),
            EmptyBody = map.Find("emptyBody") is { } empty && Boolean(empty.Value, "'emptyBody'") is { } flag
                ? new Located<bool>(flag, empty.Value.Location)
                : null,
        };
    }

    private ScenarioNode? ReadStatus(ScenarioNode node)
    {
        var items = node is SequenceNode list ? list.Items : [node];
        var valid = items.Count > 0;
        foreach (var item in items)
        {
            valid &= item switch
            {
                ScalarNode { Literal: { Type: JTokenType.Integer } code } when (long)code is >= 100 and <= 599 => true,
                // A placeholder (from an example row, say) is checked when the run fills it in.
                ScalarNode { Literal.Type: JTokenType.String } text when Template.Parse(text.Text).IsSinglePlaceholder => true,
                _ => Fail(item, $"'status' must be an HTTP status (100-599), a list of them or a \"{{{{ variable }}}}\", not {Describe(item)}"),
            };
        }

        return valid ? node : null;
    }

    private PathExpectation[] ReadPathExpectations(MappingEntry? entry, string what)
    {
        if (entry is null || Mapping(entry.Value, what) is not { } map)
        {
            return [];
        }

        return map.Entries.Select(e => new PathExpectation(e.Key, ReadExpected(e.Value))).ToArray();
    }

    /// <summary>A mapping made only of predicate names is a predicate object; anything else is a literal.</summary>
    private ExpectedValue ReadExpected(ScenarioNode node)
    {
        if (node is MappingNode { Entries.Count: > 0 } candidate && MisspeltPredicates(candidate) is { Count: > 0 } typos)
        {
            foreach (var (entry, meant) in typos)
            {
                diagnostics.Error(entry.Key.Location, $"unknown predicate '{entry.Name}'", $"did you mean '{meant}'?");
            }

            return new ExpectedValue(node, []);
        }

        if (node is not MappingNode { Entries.Count: > 0 } map
            || !map.Entries.All(e => PredicateNames.ByName.ContainsKey(e.Name)))
        {
            return new ExpectedValue(node, []);
        }

        var predicates = new List<Predicate>();
        foreach (var entry in map.Entries)
        {
            var kind = PredicateNames.ByName[entry.Name];
            if (CheckOperand(kind, entry))
            {
                predicates.Add(new Predicate(kind, entry.Value, entry.Key.Location));
            }
        }

        return new ExpectedValue(node, predicates);
    }

    /// <summary>
    /// Keys that look like misspelt predicates: beside a real predicate any near name counts; alone, only
    /// names of five letters or more (so a literal such as <c>{list: …}</c> is never taken for <c>lt</c>).
    /// </summary>
    private static List<(MappingEntry Entry, string Meant)> MisspeltPredicates(MappingNode map)
    {
        var withPredicate = map.Entries.Any(e => PredicateNames.ByName.ContainsKey(e.Name));
        var typos = new List<(MappingEntry, string)>();
        foreach (var entry in map.Entries.Where(e => !PredicateNames.ByName.ContainsKey(e.Name)))
        {
            if ((withPredicate || entry.Name.Length >= 5) && DidYouMean.Suggest(entry.Name, PredicateNames.ByName.Keys) is { } meant)
            {
                typos.Add((entry, meant));
            }
        }

        return typos;
    }

    private bool CheckOperand(PredicateKind kind, MappingEntry entry)
    {
        var operand = entry.Value;
        var literal = (operand as ScalarNode)?.Literal;
        var templated = operand is ScalarNode scalar && Template.Parse(scalar.Text).HasPlaceholders;
        switch (kind)
        {
            case PredicateKind.Exists or PredicateKind.Absent:
                return Boolean(operand, $"'{entry.Name}'") is not null;
            case PredicateKind.Length when !templated && (literal is not { Type: JTokenType.Integer } || (long)literal < 0):
                return Fail(operand, $"'length' must be a non-negative integer, not {Describe(operand)}");
            case PredicateKind.Gt or PredicateKind.Gte or PredicateKind.Lt or PredicateKind.Lte
                when !templated && literal?.Type is not (JTokenType.Integer or JTokenType.Float):
                return Fail(operand, $"'{entry.Name}' must be a number, not {Describe(operand)}");
            case PredicateKind.Matches:
                return CheckRegex(operand, templated);
            case PredicateKind.Type when literal?.Type != JTokenType.String || !PredicateNames.JsonTypes.Contains(literal.Value<string>()):
                diagnostics.Error(operand.Location,
                    $"'type' must be one of {string.Join(", ", PredicateNames.JsonTypes)}, not {Describe(operand)}",
                    "to compare with an object that has a 'type' key, write 'equals: { type: … }'");
                return false;
            default:
                return true;
        }
    }

    private bool CheckRegex(ScenarioNode operand, bool templated)
    {
        if (operand is not ScalarNode { IsNull: false } pattern)
        {
            return Fail(operand, $"'matches' must be a regular expression string, not {Describe(operand)}");
        }

        if (templated)
        {
            return true;
        }

        try
        {
            _ = new Regex(pattern.Text, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException e)
        {
            return Fail(operand, $"'matches' is not a valid regular expression: {e.Message}");
        }
    }
}
