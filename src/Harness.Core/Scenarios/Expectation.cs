using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Yaml;

namespace Harness.Core.Scenarios;

/// <summary>What a step's response must satisfy, on top of the contract checks that always run.</summary>
public sealed record Expectation(SourceLocation Location)
{
    /// <summary>An integer, a template, or a list of them; null means any 2xx.</summary>
    public ScenarioNode? Status { get; init; }

    /// <summary>A subset of the response body.</summary>
    public ScenarioNode? Body { get; init; }

    public IReadOnlyList<PathExpectation> Json { get; init; } = [];
    public IReadOnlyList<PathExpectation> Headers { get; init; } = [];

    /// <summary><c>emptyBody: true</c> demands no body; <c>false</c> demands one.</summary>
    public Located<bool>? EmptyBody { get; init; }
}

/// <summary>A JSONPath (or header name) and what the value there must be.</summary>
public sealed record PathExpectation(ScalarNode Target, ExpectedValue Expected);

/// <summary>Either a literal (compared by subset match) or predicates, all of which must hold.</summary>
public sealed record ExpectedValue(ScenarioNode Node, IReadOnlyList<Predicate> Predicates)
{
    public bool IsLiteral => Predicates.Count == 0;

    public SourceLocation Location => Node.Location;
}

/// <summary>One predicate of a predicate object, e.g. <c>length: 3</c>.</summary>
public sealed record Predicate(PredicateKind Kind, ScenarioNode Operand, SourceLocation Location);
