using System.Diagnostics;
using Harness.Benchmarks.Report;
using Harness.Benchmarks.Servers;
using Harness.Mock;
using Harness.Mock.Server;
using Harness.Runner;
using Harness.Runner.Execution;
using Harness.Runner.Planning;
using Harness.Runner.Results;
using Spectre.Console;

namespace Harness.Benchmarks.Sections;

/// <summary>
/// The contract runner (<see cref="ScenarioRunner"/>, as <c>harness run</c> uses it) replaying the specs/ suite,
/// repeated until it has sent the configured number of steps, against an in-process mock: sequential and parallel.
/// A step counts when its response came back and went through the checks (status documented, response schema,
/// content type, expectations), passed or failed.
/// </summary>
internal static class RunnerSection
{
    private const string Section = "runner";
    private const double Target = 2000;

    public static async Task RunAsync(BenchOptions options, Results results, CancellationToken cancellationToken)
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 }, cancellationToken).ConfigureAwait(false);
        var loaded = ScenarioLoader.Load([RepoPaths.Specs], mock.Catalog, RepoPaths.Root);
        var cases = ScenarioSelection.Select(loaded.Scenarios, [], Shard.All);
        if (cases.Count == 0)
        {
            results.Add(new MetricRow(Section, "validated steps/s replaying specs/", "not measured",
                new Verdict($"≥ {Target:N0} steps/s", null, $"no runnable scenario under specs/ ({loaded.ErrorCount} errors)")));
            return;
        }

        // One pass first: JIT, connections, and the number of steps one pass sends.
        using var warmRunner = new ScenarioRunner(mock.Catalog, RunTarget.Single(mock.Url), new RunnerOptions());
        var warm = await warmRunner.RunAsync(cases, cancellationToken).ConfigureAwait(false);
        var perPass = Validated(warm);
        if (perPass == 0)
        {
            results.Add(new MetricRow(Section, "validated steps/s replaying specs/", "not measured",
                new Verdict($"≥ {Target:N0} steps/s", null, $"one pass of {cases.Count} cases sent no step ({warm.Summary})")));
            return;
        }

        var passes = (int)Math.Ceiling(options.RunnerSteps / (double)perPass);
        var repeated = Enumerable.Repeat(cases, passes).SelectMany(c => c).ToArray();
        results.Note($"runner: specs/ has {loaded.Scenarios.Count} scenarios ({cases.Count} cases, {perPass} steps per pass; first pass: {warm.Summary}); replayed {passes}× per measurement.");
        var parallel = Math.Max(8, Environment.ProcessorCount * 4);
        foreach (var degree in new[] { 1, parallel })
        {
            AnsiConsole.MarkupLine($"[grey]  runner: {repeated.Length:N0} cases, parallel {degree}…[/]");
            using var runner = new ScenarioRunner(mock.Catalog, RunTarget.Single(mock.Url), new RunnerOptions { Parallel = degree });
            var started = Stopwatch.GetTimestamp();
            var run = await runner.RunAsync(repeated, cancellationToken).ConfigureAwait(false);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var steps = Validated(run);
            var rate = steps / seconds;
            results.Add(new MetricRow(Section,
                degree == 1 ? "validated steps/s, sequential (--parallel 1)" : $"validated steps/s, --parallel {degree}",
                $"{rate:N0} steps/s ({steps:N0} steps in {seconds:0.0} s; {run.Summary})",
                // Sequential, each step waits for the mock's round trip: the target is the runner's throughput.
                degree == 1 ? null : new Verdict($"≥ {Target:N0} steps/s", rate >= Target)));
        }
    }

    /// <summary>Steps whose response came back and went through the checks.</summary>
    private static int Validated(RunResult run) =>
        run.Scenarios.SelectMany(s => s.Steps).Count(s => s.Outcome != Outcome.Skipped && s.Exchange is { Answered: true });
}
