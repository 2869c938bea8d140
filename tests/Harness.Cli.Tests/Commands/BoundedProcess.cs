using System.Diagnostics;

namespace Harness.Cli.Tests.Commands;

/// <summary>A program run as its own process to its end, output captured, killed with its children past a time limit.</summary>
internal static class BoundedProcess
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(ProcessStartInfo start, TimeSpan limit)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} still ran after {limit.TotalSeconds:0} s");
        }

        return (process.ExitCode, await output, await error);
    }
}
