using Harness.Core.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Harness.Core.Scenarios.Yaml;

/// <summary>A scalar as written. Plain scalars take a JSON type by YAML 1.2's core schema; quoted ones are strings.</summary>
public sealed class ScalarNode : ScenarioNode
{
    public ScalarNode(string text, bool quoted, SourceLocation location, string? tag = null) : base(location)
    {
        Text = text;
        Quoted = quoted;
        Tag = tag;
    }

    public string Text { get; }

    /// <summary>Written in quotes or as a block scalar: always a string, never a number or null.</summary>
    public bool Quoted { get; }

    /// <summary>An explicit tag such as <c>!!str</c>, if one was written.</summary>
    public string? Tag { get; }

    public bool IsNull => Literal.Type == JTokenType.Null;

    /// <summary>The JSON value of the scalar before any templating.</summary>
    public JToken Literal => YamlScalars.ToJson(this);

    public override string KindName => Literal.Type switch
    {
        JTokenType.Null => "null",
        JTokenType.Boolean => "a boolean",
        JTokenType.Integer or JTokenType.Float => "a number",
        _ => "a string",
    };

    public override string ToString() => Text;
}
