using System.Diagnostics;
using Harness.Benchmarks.Load;

namespace Harness.Benchmarks.Servers;

/// <summary>
/// The validating peer a user might pick instead: Stoplight Prism (<c>prism mock</c>, from npm) on our
/// <c>openapi/iterable.yaml</c>, in a child process. It checks the body against the schema and the presence of
/// the Api-Key header, and answers the spec's example; it keeps no state. Installed once per version into the
/// bench's <c>obj/</c>; anything missing (Node, npm, the registry) becomes a reason not to run it, never a failure.
/// </summary>
internal sealed class PrismPeer : IDisposable
{
    /// <summary>
    /// The newest release whose engines field accepts Node 18/20 (5.14.2: node ≥ 18.20.1; 5.15+ needs Node 24).
    /// </summary>
    public const string Version = "5.14.2";

    /// <summary>The path of the spec's server URL: Prism serves the paths without it.</summary>
    private const string ServerBasePath = "/api";

    private readonly Process _process;

    private PrismPeer(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    /// <summary>The scenario's request as Prism routes it (the server's base path left out).</summary>
    public static RequestTemplate TemplateFor(RequestTemplate template) =>
        template.Path.StartsWith(ServerBasePath + "/", StringComparison.Ordinal)
            ? template with { Path = template.Path[ServerBasePath.Length..] }
            : template;

    /// <summary>Prism listening and answering, or why not.</summary>
    public static async Task<(PrismPeer? Peer, string? Reason)> StartAsync(CancellationToken cancellationToken)
    {
        string prism;
        try
        {
            prism = await InstallAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException or TimeoutException)
        {
            return (null, e.Message);
        }

        var port = Ports.Free();
        var start = new ProcessStartInfo(prism)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Request log at warn, as the mock and the WireMock peer run with theirs off; validation stays on (default).
        foreach (var arg in new[] { "mock", "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-v", "warn", Path.Combine(RepoPaths.Root, "openapi", "iterable.yaml") })
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("prism did not start");
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return (null, $"prism did not start: {e.Message}");
        }

        // Drained, or a full pipe would stall Prism; the last lines explain an early exit.
        var tail = new Queue<string>();
        void Keep(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (tail)
            {
                tail.Enqueue(e.Data);
                if (tail.Count > 5)
                {
                    tail.Dequeue();
                }
            }
        }

        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var peer = new PrismPeer(process, $"http://127.0.0.1:{port}");
        using var http = Http.Client(peer.Url);
        var since = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                // Any answer means it listens (a GET on a POST route is Prism's 405).
                using var response = await http.GetAsync(new Uri("/users/update", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                return (peer, null);
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // listening, not answering yet (the client's timeout)
            }
            catch (OperationCanceledException)
            {
                peer.Dispose();
                throw;
            }

            if (process.HasExited || Stopwatch.GetElapsedTime(since) > TimeSpan.FromSeconds(60))
            {
                string said;
                lock (tail)
                {
                    said = string.Join(" | ", tail);
                }

                peer.Dispose();
                return (null, $"prism did not answer on {peer.Url} within 60 s{(said.Length > 0 ? ": " + said : "")}");
            }

            try
            {
                await Task.Delay(200, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                peer.Dispose();
                throw;
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
    }

    /// <summary>The <c>prism</c> launcher, installed with npm into the bench's obj/ when not there yet.</summary>
    private static async Task<string> InstallAsync(CancellationToken cancellationToken)
    {
        var prefix = Path.Combine(RepoPaths.Root, "bench", "Harness.Benchmarks", "obj", $"prism-{Version}");
        var launcher = Path.Combine(prefix, "node_modules", ".bin", OperatingSystem.IsWindows() ? "prism.cmd" : "prism");
        if (FindOnPath(OperatingSystem.IsWindows() ? "node.exe" : "node") is null)
        {
            throw new InvalidOperationException("Node.js (node) is not on PATH");
        }

        if (File.Exists(launcher))
        {
            return launcher;
        }

        var npm = FindOnPath(OperatingSystem.IsWindows() ? "npm.cmd" : "npm") ?? throw new InvalidOperationException("npm is not on PATH");
        Directory.CreateDirectory(prefix);
        var start = new ProcessStartInfo(npm)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "install", "--prefix", prefix, "--no-audit", "--no-fund", "--ignore-scripts", $"@stoplight/prism-cli@{Version}" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"npm install @stoplight/prism-cli@{Version} took more than 5 minutes");
        }

        await output.ConfigureAwait(false);
        var stderr = await errors.ConfigureAwait(false);
        if (process.ExitCode != 0 || !File.Exists(launcher))
        {
            var last = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.Contains("EBADENGINE", StringComparison.Ordinal)).TakeLast(2);
            throw new InvalidOperationException($"npm install @stoplight/prism-cli@{Version} failed (exit {process.ExitCode}): {string.Join(" ", last)}");
        }

        return launcher;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
