using Harness.Core.Diagnostics;

namespace Harness.Core.Scenarios.Yaml;

/// <summary>
/// A YAML node with its place in the file. Scenario values that stay data until run time (bodies,
/// expectations, vars) keep this form, so a failure deep inside a body can still point at its line.
/// </summary>
public abstract class ScenarioNode
{
    private protected ScenarioNode(SourceLocation location) => Location = location;

    public SourceLocation Location { get; }

    /// <summary>What a user calls this kind of node in messages: <c>a mapping</c>, <c>a list</c>, <c>a string</c>.</summary>
    public abstract string KindName { get; }
}
