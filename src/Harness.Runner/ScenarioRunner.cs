using Harness.Core.OpenApi;
using Harness.Core.Scenarios;
using Harness.Runner.Checks;
using Harness.Runner.Events;
using Harness.Runner.Execution;
using Harness.Runner.Results;
using Harness.Runner.Templating;

namespace Harness.Runner;

/// <summary>
/// The runner's entry point: replays scenario cases against a target, publishes events while it goes and
/// returns the results. It knows nothing about reports or about the mock.
/// <code>using var runner = new ScenarioRunner(catalog, RunTarget.Single(url), new RunnerOptions(), [reporter]);
/// var result = await runner.RunAsync(cases);</code>
/// </summary>
internal sealed class ScenarioRunner : IDisposable
{
    private readonly ApiCatalog _catalog;
    private readonly RunTarget _target;
    private readonly RunnerOptions _options;
    private readonly HttpClient _client;
    private readonly EventHub _events;
    private readonly ScenarioExecutor _executor;
    private readonly ValueGenerator _generator;

    public ScenarioRunner(
        ApiCatalog catalog,
        RunTarget target,
        RunnerOptions options,
        IEnumerable<IRunListener>? listeners = null,
        HttpMessageHandler? handler = null,
        ValueGenerator? generator = null)
    {
        options.Validate();
        _catalog = catalog;
        _target = target;
        _options = options;
        _generator = generator ?? new ValueGenerator();
        _client = HttpSender.CreateClient(handler);
        _events = new EventHub(listeners ?? []);
        var sender = new HttpSender(_client, options.Timeout, options.MaxResponseBytes, _generator.Time);
        Probe = new TargetProbe(sender);
        _executor = new ScenarioExecutor(catalog, target, options, Probe, new GivenRunner(sender),
            new StepRunner(catalog, sender, CheckSuite.Default, _generator.Time), _generator, _events);
    }

    public TargetProbe Probe { get; }

    public async Task<RunResult> RunAsync(IReadOnlyList<ScenarioCase> cases, CancellationToken cancellationToken = default)
    {
        var started = _generator.Time.GetTimestamp();
        _events.Publish(new RunStarted(cases, _target.ToString(), _generator.Time.GetUtcNow()));
        var results = new ScenarioResult[cases.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Parallel, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), parallel, async (i, ct) =>
            results[i] = await _executor.RunAsync(cases[i], ct).ConfigureAwait(false)).ConfigureAwait(false);

        var run = new RunResult(results, CoverageCalculator.Compute(_catalog, results), _generator.Time.GetElapsedTime(started));
        _events.Publish(new RunFinished(run));
        return run;
    }

    /// <summary>One case on its own (test explorers run cases one by one); publishes its scenario events only.</summary>
    public Task<ScenarioResult> RunCaseAsync(ScenarioCase @case, CancellationToken cancellationToken = default) =>
        _executor.RunAsync(@case, cancellationToken);

    public void Dispose() => _client.Dispose();
}
