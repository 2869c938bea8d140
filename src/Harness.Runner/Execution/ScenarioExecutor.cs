using Harness.Core.OpenApi;
using Harness.Core.Scenarios;
using Harness.Runner.Events;
using Harness.Runner.Results;
using Harness.Runner.Templating;

namespace Harness.Runner.Execution;

/// <summary>
/// Runs one scenario case: picks its target and key, fills its variables, carries out <c>given:</c>,
/// then its steps in order, stopping at the first failed step.
/// </summary>
internal sealed partial class ScenarioExecutor(
    ApiCatalog catalog, RunTarget target, RunnerOptions options, TargetProbe probe, GivenRunner given, StepRunner steps, ValueGenerator generator, EventHub events)
{
    public async Task<ScenarioResult> RunAsync(ScenarioCase @case, CancellationToken cancellationToken)
    {
        events.Publish(new ScenarioStarted(@case));
        var result = await ExecuteAsync(@case, cancellationToken).ConfigureAwait(false);
        events.Publish(new ScenarioFinished(result));
        return result;
    }

    private async Task<ScenarioResult> ExecuteAsync(ScenarioCase @case, CancellationToken cancellationToken)
    {
        var time = generator.Time;
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var scenario = @case.Scenario;
        var setup = await PrepareAsync(@case, cancellationToken).ConfigureAwait(false);
        if (setup.SkipReason is { } skip)
        {
            return ScenarioResult.Skipped(@case, skip, startedAt) with { ApiKey = setup.Key };
        }

        ScenarioResult Finish(Outcome outcome, IReadOnlyList<StepResult> done, IReadOnlyList<CheckFailure> setupFailures) =>
            new(@case, outcome, done, setupFailures, time.GetElapsedTime(started)) { ApiKey = setup.Key, StartedAt = startedAt };

        if (setup.Failure is not null || setup.Templates is null || setup.Context is null)
        {
            return Finish(Outcome.Failed, [], setup.Failure is null ? [] : [setup.Failure]);
        }

        if (scenario.Given is { } block)
        {
            var givenFailures = await given.RunAsync(block, scenario.Api.Value, setup.Context, setup.Templates, cancellationToken).ConfigureAwait(false);
            if (givenFailures.Count > 0)
            {
                return Finish(Outcome.Failed, [], givenFailures);
            }
        }

        var results = new List<StepResult>();
        StepResult? failed = null;
        foreach (var step in scenario.Steps)
        {
            // Later steps build on earlier ones (captures, state): after a failure they would only add noise.
            if (failed is not null)
            {
                results.Add(StepResult.NotRun(step, catalog.Find(step.Call.Value), $"step {failed.Step.Index} failed"));
                continue;
            }

            var stepResult = await steps.RunAsync(step, setup.Context, setup.Templates, cancellationToken).ConfigureAwait(false);
            results.Add(stepResult);
            events.Publish(new StepFinished(@case, stepResult));
            failed = stepResult.Outcome == Outcome.Failed ? stepResult : null;
        }

        return Finish(failed is null ? Outcome.Passed : Outcome.Failed, results, []);
    }
}
