namespace Harness.Runner.Results;

/// <summary>The whole run: every case in a stable order, the coverage of the APIs, and the exit code it means.</summary>
internal sealed record RunResult(IReadOnlyList<ScenarioResult> Scenarios, CoverageReport Coverage, TimeSpan Duration)
{
    public int Passed => Scenarios.Count(s => s.Outcome == Outcome.Passed);
    public int Failed => Scenarios.Count(s => s.Outcome == Outcome.Failed);
    public int Skipped => Scenarios.Count(s => s.Outcome == Outcome.Skipped);

    /// <summary>0 when nothing failed, 1 when a contract or an expectation failed.</summary>
    public int ExitCode => Failed > 0 ? ExitCodes.Failed : ExitCodes.Passed;

    /// <summary>The last line of every console report.</summary>
    public string Summary => $"{Passed} passed, {Failed} failed, {Skipped} skipped";
}
