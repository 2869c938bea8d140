using Harness.Benchmarks.Load;
using Harness.Benchmarks.Report;
using Harness.Benchmarks.Scenarios;
using Harness.Benchmarks.Servers;
using Harness.Mock;
using Harness.Mock.Server;
using Spectre.Console;

namespace Harness.Benchmarks.Sections;

/// <summary>
/// The ceiling and the mock (default options: validation, state, journal) in this process, driven one at a
/// time with the same requests: both warmed up, then measured in alternating rounds (ceiling, mock, ceiling,
/// mock…) and each reported by its best round, so a burst of other work on the machine does not decide the ratio.
/// Large tenants are seeded just before their scenario (then a full GC), so the earlier ones run on a small heap.
/// </summary>
internal static class ThroughputSection
{
    private const double PostTarget = 0.45;
    private const double GetTarget = 0.5;
    private const double P99Factor = 3.0;

    public static async Task RunAsync(BenchOptions options, ILoadDriver driver, Results results, CancellationToken cancellationToken)
    {
        var scenarios = VendorScenarios.All(options.LargeTenant).Where(s => options.RunsScenario(s.Name)).ToArray();
        if (scenarios.Length == 0)
        {
            return;
        }

        await using var ceiling = await CeilingServer.StartAsync().ConfigureAwait(false);
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 }, cancellationToken).ConfigureAwait(false);
        using var peer = WireMockPeer.Start();
        using var http = Http.Client(mock.Url);
        var load = options.Load;
        foreach (var scenario in scenarios)
        {
            if (scenario.Setup is { } setup)
            {
                results.Note($"{scenario.Name}: {setup(mock)}.");
                // Seeding is set-up: its garbage (a million fixture objects) must not be collected during the measurement.
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
            }

            if (!await ProbeAsync(http, scenario, results).ConfigureAwait(false))
            {
                continue;
            }

            AnsiConsole.MarkupLine($"[grey]  {Markup.Escape(scenario.Name)}: {load.Warmup.TotalSeconds:0} s warm-up each, then {load.Rounds} × {load.Duration.TotalSeconds:0} s per server, alternating, {load.Connections} connections[/]");
            await driver.RunAsync(ceiling.Url, scenario.Template, load.WarmupOnly, cancellationToken).ConfigureAwait(false);
            await driver.RunAsync(mock.Url, scenario.Template, load.WarmupOnly, cancellationToken).ConfigureAwait(false);
            var withPeer = WireMockPeer.Serves(scenario.Name);
            if (withPeer)
            {
                await driver.RunAsync(peer.Url, scenario.Template, load.WarmupOnly, cancellationToken).ConfigureAwait(false);
            }

            LoadResult? bestCeiling = null;
            LoadResult? bestMock = null;
            LoadResult? bestPeer = null;
            for (var round = 0; round < load.Rounds; round++)
            {
                var top = await driver.RunAsync(ceiling.Url, scenario.Template, load.MeasureOnly, cancellationToken).ConfigureAwait(false);
                var measured = await driver.RunAsync(mock.Url, scenario.Template, load.MeasureOnly, cancellationToken).ConfigureAwait(false);
                AnsiConsole.MarkupLine($"[grey]    round {round + 1}: ceiling {Format.PerSecond(top.PerSecond)} req/s (p99 {Format.Millis(top.P99Micros)}), mock {Format.PerSecond(measured.PerSecond)} req/s (p50 {Format.Millis(measured.P50Micros)}, p99 {Format.Millis(measured.P99Micros)}, {measured.Errors} errors)[/]");
                bestCeiling = Best(bestCeiling, top);
                bestMock = Best(bestMock, measured);
                if (withPeer)
                {
                    var stub = await driver.RunAsync(peer.Url, scenario.Template, load.MeasureOnly, cancellationToken).ConfigureAwait(false);
                    AnsiConsole.MarkupLine($"[grey]             WireMock.Net static stub {Format.PerSecond(stub.PerSecond)} req/s (p99 {Format.Millis(stub.P99Micros)})[/]");
                    bestPeer = Best(bestPeer, stub);
                }
            }

            results.Throughput.Add(new ThroughputRow(scenario.Name, scenario.Description, bestMock!, bestCeiling!, TargetOf(scenario, bestMock!, bestCeiling!)));
            if (bestPeer is not null)
            {
                results.Throughput.Add(new ThroughputRow($"peer: WireMock.Net stub, {scenario.Name}", "static stub (no validation, no state), same package, in-process", bestPeer, bestCeiling!, null));
            }
        }

        AddPagingVerdict(results);
    }

    private static LoadResult Best(LoadResult? best, LoadResult round) =>
        best is null || round.PerSecond > best.PerSecond ? round : best;

    /// <summary>One request first: a scenario whose request is refused would only measure error answers.</summary>
    private static async Task<bool> ProbeAsync(HttpClient http, ThroughputScenario scenario, Results results)
    {
        var t = scenario.Template;
        var parts = RequestTemplate.Parse(t.Path);
        var path = RequestTemplate.Render(parts, 1, "probe");
        var body = t.Body is null ? null : RequestTemplate.Render(RequestTemplate.Parse(t.Body), 1, "probe");
        var headers = t.Headers.Where(h => h.Key != "Content-Type").Select(h => (h.Key, h.Value)).ToArray();
        var (status, text) = await Http.SendAsync(http, t.Method, path, body, headers).ConfigureAwait(false);
        if (status == scenario.ExpectedStatus)
        {
            return true;
        }

        var why = $"{scenario.Name}: not measured — the probe {t.Method} {path} got {status} (expected {scenario.ExpectedStatus}): {Cut(text)}";
        AnsiConsole.MarkupLine($"[red]{Markup.Escape(why)}[/]");
        results.Note(why);
        return false;
    }

    /// <summary>The issue's targets: POST ≥ 0.45×, GET getDevices ≥ 0.5×, and p99 within 3× the ceiling's.</summary>
    private static Verdict? TargetOf(ThroughputScenario scenario, LoadResult mock, LoadResult ceiling)
    {
        double? target = scenario.Name switch
        {
            "registerDeviceToken" or "users/update" => PostTarget,
            "getDevices" => GetTarget,
            _ => null,
        };
        if (target is not { } ratio)
        {
            return null;
        }

        var p99 = mock.P99Micros / ceiling.P99Micros;
        return new Verdict($"≥ {ratio:0.00}× ceiling, p99 ≤ {P99Factor:0}× ceiling's",
            mock.Errors == 0 && mock.PerSecond >= ratio * ceiling.PerSecond && p99 <= P99Factor,
            $"p99 {p99:0.0}× the ceiling's");
    }

    /// <summary>getDeviceTokens on the large tenant: p99 within 2× of the 1k tenant's.</summary>
    private static void AddPagingVerdict(Results results)
    {
        var small = results.Throughput.FirstOrDefault(r => r.Name == "getDeviceTokens@1k");
        var largeIndex = results.Throughput.FindIndex(r => r.Name.StartsWith("getDeviceTokens@", StringComparison.Ordinal) && r.Name != "getDeviceTokens@1k");
        if (small is null || largeIndex < 0)
        {
            return;
        }

        var large = results.Throughput[largeIndex];
        var factor = large.Mock.P99Micros / small.Mock.P99Micros;
        results.Throughput[largeIndex] = large with
        {
            Target = new Verdict("p99 ≤ 2× the 1k tenant's", factor <= 2.0, $"{factor:0.00}× ({Format.Millis(large.Mock.P99Micros)} vs {Format.Millis(small.Mock.P99Micros)})"),
        };
    }

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
