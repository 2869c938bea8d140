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
/// The peers (WireMock.Net static stubs; Prism's validating mock when Node is present) run in the same rounds.
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
        using var wireMock = WireMockPeer.Start();
        using var prism = await StartPrismAsync(options, scenarios, results, cancellationToken).ConfigureAwait(false);
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
            var peers = new List<Peer>();
            if (WireMockPeer.Serves(scenario.Name))
            {
                peers.Add(new Peer("WireMock.Net stub", "static stub (no validation, no state), same package, in-process", wireMock.Url, scenario.Template));
                if (prism is not null)
                {
                    var template = PrismPeer.TemplateFor(scenario.Template);
                    if (await ProbeAsync(prism.Url, template, scenario, "Prism", results).ConfigureAwait(false))
                    {
                        peers.Add(new Peer("Prism", $"Prism {PrismPeer.Version} validating mock (schema + Api-Key, no state), Node child process", prism.Url, template));
                    }
                }
            }

            foreach (var peer in peers)
            {
                await driver.RunAsync(peer.Url, peer.Template, load.WarmupOnly, cancellationToken).ConfigureAwait(false);
            }

            LoadResult? bestCeiling = null;
            LoadResult? bestMock = null;
            GcWindow bestMockGc = default;
            for (var round = 0; round < load.Rounds; round++)
            {
                var top = await driver.RunAsync(ceiling.Url, scenario.Template, load.MeasureOnly, cancellationToken).ConfigureAwait(false);
                var gcBefore = GcWindow.Now();
                var measured = await driver.RunAsync(mock.Url, scenario.Template, load.MeasureOnly, cancellationToken).ConfigureAwait(false);
                var gc = GcWindow.Now().Since(gcBefore);
                AnsiConsole.MarkupLine($"[grey]    round {round + 1}: ceiling {Format.PerSecond(top.PerSecond)} req/s (p99 {Format.Millis(top.P99Micros)}), mock {Format.PerSecond(measured.PerSecond)} req/s (p50 {Format.Millis(measured.P50Micros)}, p99 {Format.Millis(measured.P99Micros)}, {measured.Errors} errors; GC {gc.Gen0}/{gc.Gen1}/{gc.Gen2}, paused {gc.Paused.TotalMilliseconds:N0} ms)[/]");
                bestCeiling = Best(bestCeiling, top);
                if (!ReferenceEquals(Best(bestMock, measured), bestMock))
                {
                    bestMockGc = gc;
                }

                bestMock = Best(bestMock, measured);
                foreach (var peer in peers)
                {
                    var peerGcBefore = GcWindow.Now();
                    var answered = await driver.RunAsync(peer.Url, peer.Template, load.MeasureOnly, cancellationToken).ConfigureAwait(false);
                    if (!ReferenceEquals(Best(peer.Best, answered), peer.Best))
                    {
                        peer.BestGc = GcWindow.Now().Since(peerGcBefore);
                    }

                    AnsiConsole.MarkupLine($"[grey]             {Markup.Escape(peer.Name)} {Format.PerSecond(answered.PerSecond)} req/s (p99 {Format.Millis(answered.P99Micros)}, {answered.Errors} errors)[/]");
                    peer.Best = Best(peer.Best, answered);
                }
            }

            results.Throughput.Add(new ThroughputRow(scenario.Name, scenario.Description, bestMock!, bestCeiling!, TargetOf(scenario, bestMock!, bestCeiling!)));
            results.Note($"{scenario.Name}: mock, best round: {bestMockGc.Describe(bestMock!.Seconds, bestMock.Requests)}.");
            foreach (var peer in peers)
            {
                results.Throughput.Add(new ThroughputRow($"peer: {peer.Name}, {scenario.Name}", peer.Description, peer.Best!, bestCeiling!, null));
                if (peer.Name == "WireMock.Net stub")
                {
                    results.Note($"{scenario.Name}: WireMock.Net stub, best round: {peer.BestGc.Describe(peer.Best!.Seconds, peer.Best.Requests)}.");
                }
            }
        }

        AddPagingVerdict(results);
    }

    /// <summary>
    /// Prism when a peer scenario runs and <c>--no-prism</c> is not given; otherwise null, with the reason noted.
    /// </summary>
    private static async Task<PrismPeer?> StartPrismAsync(BenchOptions options, IEnumerable<ThroughputScenario> scenarios, Results results, CancellationToken cancellationToken)
    {
        if (options.NoPrism || !scenarios.Any(s => WireMockPeer.Serves(s.Name)))
        {
            return null;
        }

        AnsiConsole.MarkupLine($"[grey]  starting Prism {PrismPeer.Version} (npm install into obj/ on the first run)[/]");
        var (prism, reason) = await PrismPeer.StartAsync(cancellationToken).ConfigureAwait(false);
        if (prism is null)
        {
            var why = $"Prism not run: {reason}";
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(why)}[/]");
            results.Note(why);
        }

        return prism;
    }

    private static LoadResult Best(LoadResult? best, LoadResult round) =>
        best is null || round.PerSecond > best.PerSecond ? round : best;

    /// <summary>One request first: a scenario whose request is refused would only measure error answers.</summary>
    private static async Task<bool> ProbeAsync(HttpClient http, ThroughputScenario scenario, Results results)
    {
        var (ok, why) = await ProbeAsync(http, scenario.Template, scenario.ExpectedStatus).ConfigureAwait(false);
        if (!ok)
        {
            var line = $"{scenario.Name}: not measured — {why}";
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(line)}[/]");
            results.Note(line);
        }

        return ok;
    }

    /// <summary>A peer's probe: a peer that refuses the request is left out of the scenario, with a note.</summary>
    private static async Task<bool> ProbeAsync(string url, RequestTemplate template, ThroughputScenario scenario, string peer, Results results)
    {
        using var http = Http.Client(url);
        bool ok;
        string why;
        try
        {
            (ok, why) = await ProbeAsync(http, template, scenario.ExpectedStatus).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            (ok, why) = (false, e.Message);
        }

        if (!ok)
        {
            var line = $"{scenario.Name}: {peer} not measured — {why}";
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(line)}[/]");
            results.Note(line);
        }

        return ok;
    }

    private static async Task<(bool Ok, string Why)> ProbeAsync(HttpClient http, RequestTemplate t, int expected)
    {
        var parts = RequestTemplate.Parse(t.Path);
        var path = RequestTemplate.Render(parts, 1, "probe");
        var body = t.Body is null ? null : RequestTemplate.Render(RequestTemplate.Parse(t.Body), 1, "probe");
        var headers = t.Headers.Where(h => h.Key != "Content-Type").Select(h => (h.Key, h.Value)).ToArray();
        var (status, text) = await Http.SendAsync(http, t.Method, path, body, headers).ConfigureAwait(false);
        return status == expected
            ? (true, "")
            : (false, $"the probe {t.Method} {path} got {status} (expected {expected}): {Cut(text)}");
    }

    /// <summary>A server run beside the mock in the same rounds, and its best round.</summary>
    private sealed record Peer(string Name, string Description, string Url, RequestTemplate Template)
    {
        public LoadResult? Best { get; set; }

        /// <summary>Collections during the best round; meaningful for the in-process stub only (Prism is a child process).</summary>
        public GcWindow BestGc { get; set; }
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
