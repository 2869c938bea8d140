using Newtonsoft.Json.Linq;

namespace Harness.Core.Scenarios.Yaml;

/// <summary>A node tree as plain JSON, placeholders untouched: for schema validation of scenario files.</summary>
public static class NodeJson
{
    public static JToken ToJson(ScenarioNode node) => node switch
    {
        ScalarNode scalar => scalar.Literal,
        MappingNode map => new JObject(map.Entries.GroupBy(e => e.Name).Select(g => new JProperty(g.Key, ToJson(g.Last().Value)))),
        SequenceNode list => new JArray(list.Items.Select(ToJson)),
        _ => JValue.CreateNull(),
    };
}
