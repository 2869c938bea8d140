using Harness.Runner.Events;
using Harness.Runner.Results;
using Spectre.Console;

namespace Harness.Runner.Reporting;

/// <summary>
/// The terminal report: a live progress bar on interactive terminals (one line per case otherwise), then
/// failures, skips and coverage, and as the very last line <c>N passed, N failed, N skipped</c>.
/// </summary>
internal sealed partial class ConsoleReporter(IAnsiConsole console) : IRunListener
{
    private ProgressTask? _progress;
    private bool _live;

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
        switch (runEvent)
        {
            case RunStarted started:
                if (_progress is not null)
                {
                    _progress.MaxValue = Math.Max(1, started.Cases.Count);
                    _progress.Description = $"{started.Cases.Count} scenario cases";
                }

                if (!_live)
                {
                    console.WriteLine($"Running {started.Cases.Count} scenario cases against {started.Target}");
                }

                break;
            case ScenarioFinished finished:
                _progress?.Increment(1);
                if (!_live)
                {
                    WriteCaseLine(finished.Result);
                }

                break;
            case RunFinished done:
                WriteReport(done.Result);
                break;
        }
    }

    private void WriteCaseLine(ScenarioResult result)
    {
        var (label, style) = result.Outcome switch
        {
            Outcome.Passed => ("PASS", Color.Green),
            Outcome.Failed => ("FAIL", Color.Red),
            _ => ("SKIP", Color.Yellow),
        };
        console.Write(new Text(label, new Style(style)));
        console.WriteLine($" {result.Case.Name} ({result.Case.File}) {result.Duration.TotalMilliseconds:0} ms");
    }
}
