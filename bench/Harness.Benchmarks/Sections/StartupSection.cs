using System.Diagnostics;
using System.Globalization;
using Harness.Benchmarks.Report;
using Harness.Benchmarks.Servers;
using Harness.Mock;
using Harness.Mock.Server;
using Spectre.Console;

namespace Harness.Benchmarks.Sections;

/// <summary>
/// Time to the first 200 of <c>/__harness/health</c>: for <c>harness mock</c> as a process (the built binary,
/// default options: demo fixtures seeded), for the first and the next <c>HarnessMock.StartAsync</c> in this
/// process; and the cost of a fresh tenant (a request with a new key against one with a warm key).
/// Runs first, while this process is still cold.
/// </summary>
internal static class StartupSection
{
    private const string Section = "start-up";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task RunAsync(BenchOptions options, Results results, CancellationToken cancellationToken)
    {
        await ProcessStartAsync(options, results, cancellationToken).ConfigureAwait(false);
        var mocks = new List<HarnessMock>();
        try
        {
            await InProcessStartAsync(options, results, mocks, cancellationToken).ConfigureAwait(false);
            await FreshTenantAsync(mocks[0], results).ConfigureAwait(false);
        }
        finally
        {
            foreach (var mock in mocks)
            {
                await mock.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task ProcessStartAsync(BenchOptions options, Results results, CancellationToken cancellationToken)
    {
        var binary = RepoPaths.HarnessBinary;
        if (!File.Exists(binary))
        {
            results.Add(new MetricRow(Section, "`harness mock` process → first 200 of /__harness/health", "not measured",
                Note: $"{binary} is missing: build it with `dotnet build -c {RepoPaths.Configuration} src/Harness.Cli`"));
            return;
        }

        AnsiConsole.MarkupLine($"[grey]  starting {Markup.Escape(binary)} mock {options.StartupRepeats}×…[/]");
        var times = new List<double>();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < options.StartupRepeats; i++)
        {
            var port = Ports.Free();
            var start = new ProcessStartInfo(binary)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                WorkingDirectory = RepoPaths.Root,
            };
            foreach (var argument in new[] { "mock", "--port", port.ToString(Invariant) })
            {
                start.ArgumentList.Add(argument);
            }

            var started = Stopwatch.GetTimestamp();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{binary} did not start");
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                var elapsed = await Http.FirstOkAsync(http, $"http://127.0.0.1:{port}/__harness/health", started, TimeSpan.FromSeconds(30), () => process.HasExited).ConfigureAwait(false);
                times.Add(elapsed.TotalMilliseconds);
            }
            catch (TimeoutException e)
            {
                results.Add(new MetricRow(Section, "`harness mock` process → first 200 of /__harness/health", "failed",
                    Note: $"{e.Message}; stderr: {(process.HasExited ? await errors.ConfigureAwait(false) : "(still running)")}"));
                return;
            }
            finally
            {
                await StopAsync(process).ConfigureAwait(false);
            }
        }

        results.Add(new MetricRow(Section, "`harness mock --port P` process → first 200 of /__harness/health (built binary, demo fixtures)",
            $"{Stats.Median(times):0} ms median (min {times.Min():0}, max {times.Max():0}, n={times.Count})"));
    }

    /// <summary>SIGTERM, as Ctrl+C or a service manager would stop it; SIGKILL only if it does not stop within 10 s.</summary>
    private static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(Invariant)]);
            await kill.WaitForExitAsync().ConfigureAwait(false);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
        }
    }

    private static async Task InProcessStartAsync(BenchOptions options, Results results, List<HarnessMock> mocks, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };
        var times = new List<double>();
        for (var i = 0; i <= options.StartupRepeats; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 }, cancellationToken).ConfigureAwait(false);
            mocks.Add(mock);
            var elapsed = await Http.FirstOkAsync(http, mock.Url + "/__harness/health", started, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            times.Add(elapsed.TotalMilliseconds);
        }

        results.Add(new MetricRow(Section, "first `HarnessMock.StartAsync` in a process → first 200 (reads the OpenAPI files, JIT)", $"{times[0]:0} ms"));
        var later = times.Skip(1).ToArray();
        var median = Stats.Median(later);
        results.Add(new MetricRow(Section, "second and later `HarnessMock.StartAsync` in the same process → first 200",
            $"{median:0} ms median (max {later.Max():0}, n={later.Length})",
            new Verdict("≤ 100 ms", median <= 100)));
    }

    /// <summary>users/update with a new email: once with a key never seen (new tenant), once with a warm key; alternating.</summary>
    private static async Task FreshTenantAsync(HarnessMock mock, Results results)
    {
        using var http = Http.Client(mock.Url);
        var warm = "bench-warm";
        var run = Guid.NewGuid().ToString("N")[..8];
        string Body(string who, int i) => $$$"""{"email":"{{{who}}}{{{i}}}.{{{run}}}@bench.example","dataFields":{"plan":"gold"}}""";
        for (var i = 0; i < 50; i++)
        {
            // Warm the paths of both kinds of request first (JIT, connection).
            await Http.SendAsync(http, "POST", "/api/users/update", Body("w", -i - 1), ("Api-Key", warm)).ConfigureAwait(false);
            await Http.SendAsync(http, "POST", "/api/users/update", Body("n", -i - 1), ("Api-Key", $"bench-warmup-{run}-{i}")).ConfigureAwait(false);
        }

        var fresh = new List<double>();
        var known = new List<double>();
        for (var i = 0; i < 500; i++)
        {
            fresh.Add((await Http.TimeAsync(http, "POST", "/api/users/update", Body("n", i), ("Api-Key", $"bench-fresh-{run}-{i}")).ConfigureAwait(false)).Micros);
            known.Add((await Http.TimeAsync(http, "POST", "/api/users/update", Body("w", i), ("Api-Key", warm)).ConfigureAwait(false)).Micros);
        }

        results.Add(new MetricRow(Section, "users/update on a new key (fresh tenant), one connection, sequential",
            $"{Stats.Median(fresh) / 1000:0.000} ms median, p90 {Stats.Percentile(fresh, 90) / 1000:0.000} ms"));
        results.Add(new MetricRow(Section, "users/update on a warm key, same conditions",
            $"{Stats.Median(known) / 1000:0.000} ms median, p90 {Stats.Percentile(known, 90) / 1000:0.000} ms"));
        results.Add(new MetricRow(Section, "cost of a fresh tenant (difference of the medians)",
            $"{(Stats.Median(fresh) - Stats.Median(known)) / 1000:+0.000;-0.000} ms"));
    }
}
