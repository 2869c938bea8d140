using Harness.Core.OpenApi;
using Harness.Core.Scenarios;
using Harness.Runner.Http;

namespace Harness.Runner.Results;

/// <summary>What one step did: its exchange (if a request went out), its failures and how long it took.</summary>
internal sealed record StepResult(Step Step, ApiOperation? Operation, Outcome Outcome, Exchange? Exchange, IReadOnlyList<CheckFailure> Failures, TimeSpan Duration)
{
    /// <summary>Why a step did not run (an earlier step failed).</summary>
    public string? SkipReason { get; init; }

    public static StepResult NotRun(Step step, ApiOperation? operation, string reason) =>
        new(step, operation, Outcome.Skipped, null, [], TimeSpan.Zero) { SkipReason = reason };
}
