using Harness.Core.Diagnostics;

namespace Harness.Core.Scenarios.Yaml;

/// <summary>A YAML list.</summary>
public sealed class SequenceNode : ScenarioNode
{
    public SequenceNode(IReadOnlyList<ScenarioNode> items, SourceLocation location) : base(location) => Items = items;

    public IReadOnlyList<ScenarioNode> Items { get; }

    public override string KindName => "a list";
}
