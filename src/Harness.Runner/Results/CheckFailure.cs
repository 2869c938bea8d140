using Harness.Core.Diagnostics;

namespace Harness.Runner.Results;

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

    /// <summary>
    /// Contract failures (the answer breaks the spec) versus expectation failures (the scenario's own): set
    /// by the check suite from the list the check runs in, so a new contract check needs no name list.
    /// </summary>
    public bool IsContract { get; init; }
}
