using Harness.Core.Scenarios;

namespace Harness.Runner.Results;

/// <summary>One scenario case from start to end: set-up problems, each step, and the verdict.</summary>
internal sealed record ScenarioResult(ScenarioCase Case, Outcome Outcome, IReadOnlyList<StepResult> Steps, IReadOnlyList<CheckFailure> SetupFailures, TimeSpan Duration)
{
    public string? SkipReason { get; init; }

    /// <summary>The API key the case ran with, so reports can mask it wherever it shows up.</summary>
    public string? ApiKey { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public IEnumerable<CheckFailure> Failures => SetupFailures.Concat(Steps.SelectMany(s => s.Failures));

    public static ScenarioResult Skipped(ScenarioCase @case, string reason, DateTimeOffset at) =>
        new(@case, Outcome.Skipped, [], [], TimeSpan.Zero) { SkipReason = reason, StartedAt = at };
}
