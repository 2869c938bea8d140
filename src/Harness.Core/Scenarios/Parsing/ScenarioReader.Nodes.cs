using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Yaml;

namespace Harness.Core.Scenarios.Parsing;

/// <summary>Small typed reads of nodes, each reporting a wrong type once, where it was written.</summary>
internal sealed partial class ScenarioReader
{
    private void CheckKeys(MappingNode map, IReadOnlyList<string> known, string what)
    {
        foreach (var entry in map.Entries.Where(e => !known.Contains(e.Name, StringComparer.Ordinal)))
        {
            diagnostics.Error(entry.Key.Location, $"unknown key '{entry.Name}' in {what}",
                DidYouMean.Hint(entry.Name, known) ?? $"{what} takes: {string.Join(", ", known)}");
        }
    }

    private Located<string>? RequiredString(MappingNode map, string key, string what)
    {
        if (map.Find(key) is not { } entry)
        {
            diagnostics.Error(map.Location, $"missing key '{key}': {what}");
            return null;
        }

        var value = StringValue(entry.Value, $"'{key}'");
        if (value is { Value.Length: 0 })
        {
            diagnostics.Error(entry.Value.Location, $"'{key}' is empty: {what}");
            return null;
        }

        return value;
    }

    private Located<string>? OptionalString(MappingNode map, string key) =>
        map.Find(key) is { Value: not ScalarNode { IsNull: true } } entry ? StringValue(entry.Value, $"'{key}'") : null;

    /// <summary>A scalar kept as a node (it may hold placeholders); null when absent or written as null.</summary>
    private ScalarNode? OptionalScalar(MappingNode map, string key, string what)
    {
        switch (map.Find(key)?.Value)
        {
            case null or ScalarNode { IsNull: true }:
                return null;
            case ScalarNode scalar:
                return scalar;
            case { } other:
                Fail(other, $"'{key}' must be {what} (a string), not {other.KindName}");
                return null;
        }
    }

    private Located<string>? StringValue(ScenarioNode node, string what)
    {
        if (node is ScalarNode { IsNull: false } scalar)
        {
            return new Located<string>(scalar.Text, scalar.Location);
        }

        Fail(node, $"{what} must be a string, not {Describe(node)}");
        return null;
    }

    private MappingNode? Mapping(ScenarioNode node, string what)
    {
        if (node is MappingNode map)
        {
            return map;
        }

        Fail(node, $"{what} must be a mapping, not {Describe(node)}");
        return null;
    }

    private bool? Boolean(ScenarioNode node, string what)
    {
        if (node is ScalarNode { Quoted: false, Literal.Type: Newtonsoft.Json.Linq.JTokenType.Boolean } scalar)
        {
            return (bool)scalar.Literal;
        }

        Fail(node, $"{what} must be true or false, not {Describe(node)}");
        return null;
    }

    /// <summary>Vars: any value per name.</summary>
    private NamedNode[] ReadNamedValues(MappingEntry? entry, string what)
    {
        if (entry is null || Mapping(entry.Value, $"'{what}'") is not { } map)
        {
            return [];
        }

        return ReadNamedValues(map.Entries);
    }

    private static NamedNode[] ReadNamedValues(IEnumerable<MappingEntry> entries) =>
        entries.Select(e => new NamedNode(new Located<string>(e.Name, e.Key.Location), e.Value)).ToArray();

    /// <summary>Request parts (path, query, headers): scalars, and for query also lists (repeated parameters).</summary>
    private NamedNode[] ReadNamedValues(MappingEntry? entry, string what, bool allowLists)
    {
        var values = ReadNamedValues(entry, what);
        foreach (var value in values)
        {
            var ok = value.Value switch
            {
                ScalarNode => true,
                SequenceNode list when allowLists => list.Items.All(i => i is ScalarNode),
                _ => false,
            };
            if (!ok)
            {
                Fail(value.Value, $"{what} value '{value.Key}' must be a {(allowLists ? "string, number, boolean or a list of them" : "string, number or boolean")}, not {value.Value.KindName}");
            }
        }

        return values;
    }

    private bool Fail(ScenarioNode node, string message)
    {
        diagnostics.Error(node.Location, message);
        return false;
    }

    private static string Describe(ScenarioNode node) => node is ScalarNode scalar && !scalar.IsNull
        ? $"{scalar.KindName} '{scalar.Text}'"
        : node.KindName;
}
