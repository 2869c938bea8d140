using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Yaml;

namespace Harness.Core.Scenarios.Parsing;

/// <summary>
/// Turns the node tree of a file into the scenario model. It reports every structural problem (unknown or
/// missing keys, wrong value types) and keeps going, so one pass shows them all.
/// </summary>
internal sealed partial class ScenarioReader(DiagnosticBag diagnostics)
{
    public Scenario? ReadScenario(ScenarioNode root, SourceDocument document)
    {
        if (root is not MappingNode map)
        {
            diagnostics.Error(root.Location, $"a scenario file holds a mapping with 'scenario', 'api' and 'steps', not {root.KindName}");
            return null;
        }

        CheckKeys(map, ScenarioKeys.Scenario, "a scenario");
        var name = RequiredString(map, "scenario", "the scenario's name");
        var api = RequiredString(map, "api", "the API name (the OpenAPI file's name, e.g. 'shop' for openapi/shop.yaml)");
        var steps = map.Find("steps");
        if (steps is null)
        {
            diagnostics.Error(map.Location, "missing key 'steps': a scenario needs at least one step");
        }

        return new Scenario
        {
            Document = document,
            Location = map.Location,
            Name = name ?? new Located<string>("", map.Location),
            Api = api ?? new Located<string>("", map.Location),
            Description = OptionalString(map, "description")?.Value,
            Tags = ReadTags(map.Find("tags")),
            Tenant = OptionalScalar(map, "tenant", "the tenant's API key"),
            Vars = ReadNamedValues(map.Find("vars"), "vars"),
            Given = map.Find("given") is { } given ? ReadGiven(given.Value) : null,
            Examples = map.Find("examples") is { } examples ? ReadExamples(examples.Value) : [],
            Steps = steps is null ? [] : ReadSteps(steps.Value),
            CompareIgnore = map.Find("compare") is { } compare ? ReadCompare(compare.Value) : [],
        };
    }

    /// <summary><c>compare: { ignore: [JSONPath, …] }</c>: paths a comparison of two targets leaves out.</summary>
    private Located<string>[] ReadCompare(ScenarioNode node)
    {
        if (Mapping(node, "'compare'") is not { } map)
        {
            return [];
        }

        CheckKeys(map, ScenarioKeys.Compare, "'compare'");
        switch (map.Find("ignore")?.Value)
        {
            case null:
                return [];
            case SequenceNode list:
                return list.Items.Select(item => StringValue(item, "a JSONPath to ignore")).OfType<Located<string>>().ToArray();
            case var other:
                diagnostics.Error(other.Location, $"'ignore' must be a list of JSONPaths (e.g. [\"$.updatedAt\"]), not {other.KindName}");
                return [];
        }
    }

    private Located<string>[] ReadTags(MappingEntry? entry)
    {
        switch (entry?.Value)
        {
            case null:
                return [];
            case ScalarNode { IsNull: false } single:
                // A lone string is almost always a list written without brackets ("tags: smoke, users").
                diagnostics.Error(single.Location, $"'tags' must be a list of strings, not a string '{single.Text}'",
                    $"write tags: [{single.Text}]");
                return [];
            case SequenceNode list:
                return list.Items.Select(item => StringValue(item, "a tag")).OfType<Located<string>>().ToArray();
            default:
                diagnostics.Error(entry.Value.Location, $"'tags' must be a list of strings, not {entry.Value.KindName}");
                return [];
        }
    }

    private GivenBlock? ReadGiven(ScenarioNode node)
    {
        if (Mapping(node, "'given'") is not { } map)
        {
            return null;
        }

        CheckKeys(map, ScenarioKeys.Given, "'given'");
        var actions = new List<GivenAction>();
        if (map.Find("devices") is { } list)
        {
            if (list.Value is SequenceNode sequence)
            {
                actions.AddRange(sequence.Items.Where(item => Mapping(item, "a device") is not null)
                    .Select(item => new GivenAction("devices", item, item.Location)));
            }
            else
            {
                diagnostics.Error(list.Value.Location, $"'devices' must be a list of objects, each sent to the API's devices admin call, not {list.Value.KindName}");
            }
        }

        if (map.Find("actions") is { } named)
        {
            actions.AddRange(ReadActions(named.Value));
        }

        return new GivenBlock(map.Location)
        {
            Reset = map.Find("reset") is { } reset && Boolean(reset.Value, "'reset'") == true,
            Tenant = map.Find("tenant") is { } tenant && Mapping(tenant.Value, "the tenant settings") is not null ? tenant.Value : null,
            Seed = map.Find("seed") is { } seed && Mapping(seed.Value, "the seed (a fixture document)") is not null ? seed.Value : null,
            Actions = actions,
            Faults = map.Find("faults") is { } faults && FaultRules(faults.Value) ? faults.Value : null,
        };
    }

    /// <summary><c>actions: [{name: {body}}, …]</c>: each item names one admin call of the scenario's API and its body.</summary>
    private IEnumerable<GivenAction> ReadActions(ScenarioNode node)
    {
        if (node is not SequenceNode sequence)
        {
            diagnostics.Error(node.Location, $"'actions' must be a list of one-key objects ({{<action>: {{body}}}}), not {node.KindName}");
            yield break;
        }

        foreach (var item in sequence.Items)
        {
            if (Mapping(item, "an action ({<action>: {body}})") is not { } action)
            {
                continue;
            }

            if (action.Entries.Count != 1)
            {
                diagnostics.Error(item.Location, $"an action names exactly one admin call ({{<action>: {{body}}}}), this one has {action.Entries.Count} keys");
                continue;
            }

            var entry = action.Entries[0];
            if (Mapping(entry.Value, $"the body of action '{entry.Key.Text}'") is not null)
            {
                yield return new GivenAction(entry.Key.Text, entry.Value, entry.Key.Location);
            }
        }
    }

    /// <summary>A fault rule (<c>{operation, status, latencyMs, errorRate, times}</c>) or a list of them.</summary>
    private bool FaultRules(ScenarioNode node)
    {
        var rules = node is SequenceNode list ? list.Items : [node];
        var valid = true;
        foreach (var rule in rules)
        {
            if (Mapping(rule, "a fault rule ({operation, status, latencyMs, errorRate, times})") is { } map)
            {
                CheckKeys(map, ScenarioKeys.FaultRule, "a fault rule");
            }
            else
            {
                valid = false;
            }
        }

        return valid;
    }

    private List<ExampleRow> ReadExamples(ScenarioNode node)
    {
        if (node is not SequenceNode list)
        {
            diagnostics.Error(node.Location, $"'examples' must be a list of rows (mappings of values), not {node.KindName}");
            return [];
        }

        var rows = new List<ExampleRow>();
        foreach (var (item, index) in list.Items.Select((item, i) => (item, i + 1)))
        {
            if (Mapping(item, $"example row {index}") is not { } row)
            {
                continue;
            }

            var name = row.Find("name") is { Value: ScalarNode { IsNull: false } scalar } ? scalar.Text : null;
            rows.Add(new ExampleRow(index, name, ReadNamedValues(row.Entries), row.Location));
        }

        if (rows.Count == 0 && list.Items.Count == 0)
        {
            diagnostics.Error(node.Location, "'examples' is empty: give at least one row, or leave the key out");
        }

        return rows;
    }
}
