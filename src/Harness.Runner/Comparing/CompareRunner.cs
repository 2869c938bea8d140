using Harness.Core.OpenApi;
using Harness.Core.Scenarios;
using Harness.Runner.Execution;
using Harness.Runner.Results;
using Harness.Runner.Templating;

namespace Harness.Runner.Comparing;

/// <summary>
/// Runs every case against two targets, one after the other with the same generated values, and compares
/// the answers step by step. Each side keeps its own contract and expectation checks.
/// <code>using var compare = new CompareRunner(catalog, a, b, new RunnerOptions(), ignore, [reporter]);
/// var result = await compare.RunAsync(cases);</code>
/// </summary>
internal sealed class CompareRunner : IDisposable
{
    private readonly ReseedableRandom _randomA = new();
    private readonly ReseedableRandom _randomB = new();
    private readonly ScenarioRunner _a;
    private readonly ScenarioRunner _b;
    private readonly RunTarget _targetA;
    private readonly RunTarget _targetB;
    private readonly IReadOnlyList<string> _ignore;
    private readonly ICompareListener[] _listeners;
    private readonly TimeProvider _time;

    public CompareRunner(ApiCatalog catalog, RunTarget a, RunTarget b, RunnerOptions options, IReadOnlyList<string> ignore,
        IEnumerable<ICompareListener>? listeners = null, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _targetA = a;
        _targetB = b;
        _a = new ScenarioRunner(catalog, a, options, generator: new ValueGenerator(_randomA, _time));
        _b = new ScenarioRunner(catalog, b, options, generator: new ValueGenerator(_randomB, _time));
        _ignore = ignore;
        _listeners = listeners?.ToArray() ?? [];
    }

    public TargetProbe ProbeA => _a.Probe;

    public TargetProbe ProbeB => _b.Probe;

    /// <summary>Cases run one at a time: both sides of a case must draw the same values in the same order.</summary>
    public async Task<CompareResult> RunAsync(IReadOnlyList<ScenarioCase> cases, CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        var seeds = new Random();
        var done = new List<CaseComparison>(cases.Count);
        foreach (var @case in cases)
        {
            var seed = seeds.Next();
            _randomA.Reseed(seed);
            var a = await _a.RunCaseAsync(@case, cancellationToken).ConfigureAwait(false);
            _randomB.Reseed(seed);
            var b = await _b.RunCaseAsync(@case, cancellationToken).ConfigureAwait(false);
            var comparison = Compare(@case, a, b);
            done.Add(comparison);
            foreach (var listener in _listeners)
            {
                listener.CaseCompared(comparison);
            }
        }

        var result = new CompareResult(_targetA.ToString(), _targetB.ToString(), done, _time.GetElapsedTime(started));
        foreach (var listener in _listeners)
        {
            listener.Finished(result);
        }

        return result;
    }

    private CaseComparison Compare(ScenarioCase @case, ScenarioResult a, ScenarioResult b)
    {
        if (a.Outcome == Outcome.Skipped || b.Outcome == Outcome.Skipped)
        {
            return new CaseComparison(@case, a, b, []) { StoppedReason = $"skipped on {(a.Outcome == Outcome.Skipped ? "A" : "B")}: {a.SkipReason ?? b.SkipReason}" };
        }

        var comparer = new StepComparer(_ignore.Concat(@case.Scenario.CompareIgnore.Select(p => p.Value)).ToArray());
        var steps = new List<StepComparison>();
        string? stopped = a.SetupFailures.Count > 0 || b.SetupFailures.Count > 0 ? "set-up failed before the first step" : null;
        for (var i = 0; stopped is null && i < @case.Scenario.Steps.Count; i++)
        {
            var step = @case.Scenario.Steps[i];
            var (sa, sb) = (a.Steps.ElementAtOrDefault(i), b.Steps.ElementAtOrDefault(i));
            if (sa is null || sb is null || sa.Outcome == Outcome.Skipped || sb.Outcome == Outcome.Skipped)
            {
                // After a failed step a side stops; what it would have answered next is unknown, not different.
                stopped = $"from step {step.Index} on, not compared: {Why(sa, "A") ?? Why(sb, "B")}";
                break;
            }

            steps.Add(new StepComparison(step, sa, sb, comparer.Compare(step, sa, sb)));
        }

        return new CaseComparison(@case, a, b, steps) { StoppedReason = stopped };
    }

    private static string? Why(StepResult? step, string side) =>
        step is null ? $"{side} did not run it" : step.Outcome == Outcome.Skipped ? $"{side}: {step.SkipReason}" : null;

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
    }
}
