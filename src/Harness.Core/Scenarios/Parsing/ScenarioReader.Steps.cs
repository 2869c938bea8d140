using Harness.Core.Scenarios.Yaml;

namespace Harness.Core.Scenarios.Parsing;

internal sealed partial class ScenarioReader
{
    private List<Step> ReadSteps(ScenarioNode node)
    {
        if (node is not SequenceNode list)
        {
            diagnostics.Error(node.Location, $"'steps' must be a list of steps, not {node.KindName}");
            return [];
        }

        if (list.Items.Count == 0)
        {
            diagnostics.Error(node.Location, "'steps' is empty: a scenario needs at least one step");
        }

        var steps = new List<Step>();
        foreach (var (item, index) in list.Items.Select((item, i) => (item, i + 1)))
        {
            if (ReadStep(item, index) is { } step)
            {
                steps.Add(step);
            }
        }

        return steps;
    }

    private Step? ReadStep(ScenarioNode node, int index)
    {
        if (node is not MappingNode map)
        {
            diagnostics.Error(node.Location, $"step {index} must be a mapping with at least 'call', not {node.KindName}");
            return null;
        }

        CheckKeys(map, ScenarioKeys.Step, "a step");
        var call = RequiredString(map, "call", "the operationId to call");
        if (call is null)
        {
            return null;
        }

        var body = map.Find("body");
        var rawBody = map.Find("rawBody");
        if (body is not null && rawBody is not null)
        {
            diagnostics.Error(rawBody.Key.Location, "a step takes 'body' or 'rawBody', not both");
        }

        return new Step
        {
            Index = index,
            Location = map.Location,
            Name = OptionalString(map, "name")?.Value,
            Call = call,
            Path = ReadNamedValues(map.Find("path"), "path", allowLists: false),
            Query = ReadNamedValues(map.Find("query"), "query", allowLists: true),
            Headers = ReadNamedValues(map.Find("headers"), "headers", allowLists: false),
            Body = body?.Value,
            RawBody = OptionalScalar(map, "rawBody", "the raw body text"),
            ContentType = OptionalScalar(map, "contentType", "the Content-Type header"),
            ApiKey = ReadApiKey(map.Find("apiKey")),
            Url = OptionalScalar(map, "url", "an absolute URL"),
            Expect = map.Find("expect") is { } expect ? ReadExpectation(expect.Value) : null,
            Captures = ReadCaptures(map.Find("capture")),
        };
    }

    private ApiKeyOverride? ReadApiKey(MappingEntry? entry)
    {
        switch (entry?.Value)
        {
            case null:
                return null;
            case ScalarNode { IsNull: true } nothing:
                return new ApiKeyOverride(ApiKeyMode.Omit, null, nothing.Location);
            case ScalarNode { Text: "none" } none:
                return new ApiKeyOverride(ApiKeyMode.Omit, null, none.Location);
            case ScalarNode value:
                return new ApiKeyOverride(ApiKeyMode.Value, value, value.Location);
            default:
                diagnostics.Error(entry.Value.Location,
                    $"'apiKey' must be a string (\"\" sends an empty header, null or none sends no header), not {entry.Value.KindName}");
                return null;
        }
    }

    private List<Capture> ReadCaptures(MappingEntry? entry)
    {
        if (entry is null || Mapping(entry.Value, "'capture' (variable: JSONPath)") is not { } map)
        {
            return [];
        }

        var captures = new List<Capture>();
        foreach (var item in map.Entries)
        {
            if (item.Value is ScalarNode { IsNull: false } path)
            {
                captures.Add(new Capture(new Located<string>(item.Name, item.Key.Location), path));
            }
            else
            {
                diagnostics.Error(item.Value.Location, $"capture '{item.Name}' needs a JSONPath string such as \"$.user.userId\", not {item.Value.KindName}");
            }
        }

        return captures;
    }
}
