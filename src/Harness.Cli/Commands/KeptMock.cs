using System.Runtime.InteropServices;
using Harness.Mock;
using Harness.Runner.Reporting;
using Harness.Runner.Results;

namespace Harness.Cli.Commands;

/// <summary>
/// <c>run --keep-mock</c>: after the report, the in-process mock stays up with every tenant the run left behind,
/// so a failure's <c>reproduce:</c> line can be run as printed. Ctrl+C (or SIGTERM) stops it.
/// </summary>
internal static class KeptMock
{
    public static async Task ServeAsync(HarnessMock mock, RunResult run, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"The in-process mock keeps serving at {mock.Url} (dashboard: {mock.Url}/__harness/ui); Ctrl+C stops it.").ConfigureAwait(false);
        var failed = run.Scenarios.Where(s => s.Outcome == Outcome.Failed && CurlKey.For(s) is not null).ToArray();
        if (failed.Length > 0)
        {
            // Throwaway keys of this run's own tenants, not secrets: a reproduce line reads its key from this variable.
            await output.WriteLineAsync("To run a failure's reproduce: line, first set the key of its tenant:").ConfigureAwait(false);
            foreach (var scenario in failed)
            {
                var key = CurlKey.For(scenario)!;
                await output.WriteLineAsync($"  export {key.Variable}='{key.Value}'   # {scenario.Case.Name}").ConfigureAwait(false);
            }
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);

        // Our own signal handlers, as in 'mock': the web host underneath would otherwise end the process without disposing.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await output.WriteLineAsync("stopped.").ConfigureAwait(false);
        }

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
