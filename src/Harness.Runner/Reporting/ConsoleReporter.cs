using Harness.Runner.Events;
using Harness.Runner.Results;
using Spectre.Console;

namespace Harness.Runner.Reporting;

/// <summary>
/// The terminal report: a live progress bar on interactive terminals; elsewhere (CI logs, pipes) each failure as
/// it happens and a plain progress line at most every few seconds. Then failures, skips, coverage, and as the very
/// last line <c>N passed, N failed, N skipped</c>.
/// </summary>
internal sealed partial class ConsoleReporter(IAnsiConsole console, ConsoleReporterOptions? options = null) : IRunListener
{
    private readonly ConsoleReporterOptions _options = options ?? new ConsoleReporterOptions();
    private readonly Lock _lock = new();
    private ProgressTask? _progress;
    private bool _live;
    private int _total;
    private int _passed;
    private int _failed;
    private int _skipped;
    private DateTimeOffset _started;
    private DateTimeOffset _lastLine;

    /// <summary>Runs <paramref name="run"/> under a progress bar when the terminal can show one.</summary>
    public async Task<T> RunWithProgressAsync<T>(Func<Task<T>> run)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await run().ConfigureAwait(false);
        }

        var result = default(T)!;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                _progress = context.AddTask("scenarios", maxValue: 1);
                _live = true;
                try
                {
                    result = await run().ConfigureAwait(false);
                }
                finally
                {
                    _live = false;
                }
            })
            .ConfigureAwait(false);
        return result;
    }

    public void Handle(RunEvent runEvent)
    {
        lock (_lock)
        {
            switch (runEvent)
            {
                case RunStarted started:
                    Start(started);
                    break;
                case ScenarioFinished finished:
                    Count(finished.Result);
                    break;
                case RunFinished done:
                    WriteReport(done.Result);
                    break;
            }
        }
    }

    private void Start(RunStarted started)
    {
        _total = started.Cases.Count;
        _started = _lastLine = _options.Time.GetUtcNow();
        if (_progress is not null)
        {
            _progress.MaxValue = Math.Max(1, _total);
            _progress.Description = Counts();
        }

        if (!_live)
        {
            console.WriteLine($"Running {_total} scenario cases against {started.Target}");
        }
    }

    private void Count(ScenarioResult result)
    {
        _ = result.Outcome switch
        {
            Outcome.Passed => ++_passed,
            Outcome.Failed => ++_failed,
            _ => ++_skipped,
        };
        if (_progress is not null)
        {
            _progress.Increment(1);
            _progress.Description = Counts();
        }

        if (_live)
        {
            return;
        }

        if (result.Outcome == Outcome.Failed)
        {
            console.Write(new Text("FAIL", new Style(Color.Red)));
            console.WriteLine($" {result.Case.Name} ({result.Case.File})");
        }

        var now = _options.Time.GetUtcNow();
        var done = _passed + _failed + _skipped;
        if (done < _total && now - _lastLine >= _options.ProgressInterval)
        {
            _lastLine = now;
            console.WriteLine($"progress: {Counts()} ({(now - _started).TotalSeconds:0.0} s)");
        }
    }

    private string Counts() =>
        $"{_passed + _failed + _skipped}/{_total} cases: {_passed} passed, {_failed} failed, {_skipped} skipped";
}
