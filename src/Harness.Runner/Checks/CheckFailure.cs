using Harness.Core.Diagnostics;

namespace Harness.Runner.Checks;

/// <summary>
/// What one check found wrong with one exchange: a short title, an optional detail, expected and actual
/// values, and the scenario line it is about. Data, never an exception.
/// </summary>
internal sealed record CheckFailure(string Check, string Title, SourceLocation? Location)
{
    public string? Detail { get; init; }
    public string? Expected { get; init; }
    public string? Actual { get; init; }
    public Severity Severity { get; init; } = Severity.Error;

    /// <summary>Contract failures (the spec is broken) versus expectation failures (the scenario's own).</summary>
    public bool IsContract => Check is nameof(StatusDocumented) or nameof(ResponseSchema) or nameof(ContentType);
}
