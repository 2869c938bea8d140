using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Yaml;

namespace Harness.Core.Scenarios;

/// <summary>One scenario file: a named sequence of calls against one API, optionally run once per example row.</summary>
public sealed class Scenario
{
    public required SourceDocument Document { get; init; }
    public required SourceLocation Location { get; init; }
    public required Located<string> Name { get; init; }
    public string? Description { get; init; }

    /// <summary>The API name of the catalog (the OpenAPI file's name).</summary>
    public required Located<string> Api { get; init; }

    public IReadOnlyList<Located<string>> Tags { get; init; } = [];

    /// <summary>A fixed API key (template); null means a fresh tenant per run against a mock.</summary>
    public ScalarNode? Tenant { get; init; }

    public IReadOnlyList<NamedNode> Vars { get; init; } = [];
    public GivenBlock? Given { get; init; }
    public IReadOnlyList<ExampleRow> Examples { get; init; } = [];
    public IReadOnlyList<Step> Steps { get; init; } = [];

    /// <summary>JSONPaths whose values <c>run --compare</c> does not compare (they legitimately differ between targets).</summary>
    public IReadOnlyList<Located<string>> CompareIgnore { get; init; } = [];

    public string File => Document.Path;

    /// <summary>The test cases of this file: the scenario itself, or one per example row.</summary>
    public IReadOnlyList<ScenarioCase> Cases() =>
        Examples.Count == 0 ? [new ScenarioCase(this, null)] : Examples.Select(row => new ScenarioCase(this, row)).ToArray();

    public bool HasTag(string tag) => Tags.Any(t => string.Equals(t.Value, tag, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => $"{Name.Value} ({File})";
}

/// <summary>A name written as a mapping key and the value under it (vars, example columns, query parameters…).</summary>
public sealed record NamedNode(Located<string> Name, ScenarioNode Value)
{
    public string Key => Name.Value;
}
