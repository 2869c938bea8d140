using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Yaml;

namespace Harness.Core.Scenarios;

/// <summary>One call of an operation, what to expect of its answer and what to keep from it.</summary>
public sealed class Step
{
    /// <summary>1-based position in the scenario.</summary>
    public required int Index { get; init; }

    public required SourceLocation Location { get; init; }
    public string? Name { get; init; }
    public required Located<string> Call { get; init; }
    public IReadOnlyList<NamedNode> Path { get; init; } = [];
    public IReadOnlyList<NamedNode> Query { get; init; } = [];
    public IReadOnlyList<NamedNode> Headers { get; init; } = [];

    /// <summary>Any YAML value, sent as JSON.</summary>
    public ScenarioNode? Body { get; init; }

    /// <summary>A string sent verbatim (for bodies that must not be valid JSON).</summary>
    public ScalarNode? RawBody { get; init; }

    public ScalarNode? ContentType { get; init; }
    public ApiKeyOverride? ApiKey { get; init; }

    /// <summary>An absolute URL to call instead of the operation's path (to follow <c>nextPage</c> links).</summary>
    public ScalarNode? Url { get; init; }

    public Expectation? Expect { get; init; }
    public IReadOnlyList<Capture> Captures { get; init; } = [];

    public string DisplayName => Name ?? Call.Value;

    public override string ToString() => $"step {Index} ({DisplayName})";
}

/// <summary>A variable filled from the response: the JSONPath (a template) is evaluated against the body.</summary>
public sealed record Capture(Located<string> Name, ScalarNode Path);
