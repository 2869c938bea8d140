using Harness.Core.Diagnostics;

namespace Harness.Core.Scenarios.Yaml;

/// <summary>A YAML mapping whose keys are scalars, in file order.</summary>
public sealed class MappingNode : ScenarioNode
{
    public MappingNode(IReadOnlyList<MappingEntry> entries, SourceLocation location) : base(location) => Entries = entries;

    public IReadOnlyList<MappingEntry> Entries { get; }

    public IEnumerable<string> Keys => Entries.Select(e => e.Key.Text);

    public ScenarioNode? this[string key] => Find(key)?.Value;

    public MappingEntry? Find(string key) =>
        Entries.FirstOrDefault(e => string.Equals(e.Key.Text, key, StringComparison.Ordinal));

    public override string KindName => "a mapping";
}

/// <summary>One key and its value.</summary>
public sealed record MappingEntry(ScalarNode Key, ScenarioNode Value)
{
    public string Name => Key.Text;
}
