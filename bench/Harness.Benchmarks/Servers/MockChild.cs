using System.Diagnostics;
using System.Reflection;

namespace Harness.Benchmarks.Servers;

/// <summary>
/// A mock in a child process (this executable with <c>--serve-mock</c>), so memory figures are the mock's own and
/// not the load generator's. Commands go over stdin; RSS is read from the operating system.
/// </summary>
internal sealed class MockChild : IAsyncDisposable
{
    private readonly Process _process;

    private MockChild(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public int ProcessId => _process.Id;

    public static async Task<MockChild> StartAsync(params string[] hostArgs)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add(MockChildHost.Flag);
        foreach (var arg in hostArgs)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("the mock child did not start");
        var ready = await process.StandardOutput.ReadLineAsync().ConfigureAwait(false);
        if (ready is null || !ready.StartsWith("READY ", StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException($"the mock child said \"{ready}\" instead of READY");
        }

        return new MockChild(process, ready["READY ".Length..]);
    }

    /// <summary>Sends one command and returns the words after <c>OK</c>.</summary>
    public async Task<string[]> CommandAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync().ConfigureAwait(false);
        var answer = await _process.StandardOutput.ReadLineAsync().ConfigureAwait(false);
        return answer is not null && answer.StartsWith("OK", StringComparison.Ordinal)
            ? answer.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            : throw new InvalidOperationException($"the mock child answered \"{answer}\" to \"{command}\"");
    }

    /// <summary>Resident set size (VmRSS) of the child, in bytes.</summary>
    public long Rss()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    /// <summary>Peak resident set size (VmHWM) of the child, in bytes.</summary>
    public long PeakRss()
    {
        _process.Refresh();
        return _process.PeakWorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await CommandAsync("exit").ConfigureAwait(false);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or IOException)
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }
        }

        _process.Dispose();
    }
}
