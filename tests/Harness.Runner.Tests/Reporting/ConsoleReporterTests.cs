using Harness.Runner.Events;
using Harness.Runner.Reporting;
using Harness.Runner.Tests.Support;
using Spectre.Console;

namespace Harness.Runner.Tests.Reporting;

internal sealed class ConsoleReporterTests
{
    private static (ConsoleReporter Reporter, StringWriter Output) Create(ConsoleReporterOptions? options = null)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        return (new ConsoleReporter(console, options), output);
    }

    [Test]
    public async Task Report_ShowsFailuresWithLocationCurlAndCoverage_AndEndsWithTheSummaryLine()
    {
        var (reporter, output) = Create();
        var run = await SampleRun.CreateAsync();

        reporter.Handle(new RunStarted(run.Scenarios.Select(s => s.Case).ToArray(), "http://target", DateTimeOffset.UnixEpoch));
        foreach (var scenario in run.Scenarios)
        {
            reporter.Handle(new ScenarioFinished(scenario));
        }

        reporter.Handle(new RunFinished(run));

        var text = output.ToString();
        text.Should().Contain("Running 3 scenario cases against http://target");
        text.Should().Contain("FAIL reads an item <b> (specs/shop/read.scenario.yaml)").And.NotContain("PASS lists items");
        text.Should().Contain("specs/shop/read.scenario.yaml:7:25: error: $.name: value differs")
            .And.Contain(" 7 |       json: { \"$.name\": Table }")
            .And.Contain("expected:  \"Table\"")
            .And.Contain("actual:    \"Chair\"")
            .And.Contain("reproduce: curl -sS -X GET 'http://127.0.0.1:")
            .And.Contain("-H \"X-Shop-Key: ${HARNESS_API_KEY_SHOP}\"");
        text.Should().Contain("needs a harness mock").And.Contain("getItem").And.Contain("2/4 operations");
        text.Should().NotContain(SampleRun.Key);
        text.TrimEnd().Split('\n')[^1].Should().Be("1 passed, 1 failed, 1 skipped");
    }

    [Test]
    public async Task RunWithProgress_OnAPlainConsole_JustRuns()
    {
        var (reporter, _) = Create();

        (await reporter.RunWithProgressAsync(() => Task.FromResult(42))).Should().Be(42);
    }

    [Test]
    public async Task OnAPlainConsole_PrintsAProgressLine_AtMostOncePerInterval()
    {
        var clock = new SteppingClock();
        var (reporter, output) = Create(new ConsoleReporterOptions { ProgressInterval = TimeSpan.FromSeconds(5), Time = clock });
        var run = await SampleRun.CreateAsync();
        var cases = Enumerable.Repeat(run.Scenarios[0], 6).ToArray();

        reporter.Handle(new RunStarted(cases.Select(s => s.Case).ToArray(), "http://target", DateTimeOffset.UnixEpoch));
        foreach (var (scenario, seconds) in cases.Zip(new[] { 1, 2, 6, 7, 12, 13 }))
        {
            clock.Now = DateTimeOffset.UnixEpoch.AddSeconds(seconds);
            reporter.Handle(new ScenarioFinished(scenario));
        }

        output.ToString().Split('\n').Where(l => l.StartsWith("progress:", StringComparison.Ordinal)).Should().Equal(
            "progress: 3/6 cases: 3 passed, 0 failed, 0 skipped (6.0 s)",
            "progress: 5/6 cases: 5 passed, 0 failed, 0 skipped (12.0 s)");
    }

    [Test]
    public async Task WithoutCoverage_TheReportLeavesOutTheTable_ButKeepsTheSummaryLast()
    {
        var (reporter, output) = Create(new ConsoleReporterOptions { Coverage = false });
        var run = await SampleRun.CreateAsync();

        reporter.Handle(new RunFinished(run));

        output.ToString().Should().NotContain("Coverage").And.NotContain("operations");
        output.ToString().TrimEnd().Split('\n')[^1].Should().Be("1 passed, 1 failed, 1 skipped");
    }

    private sealed class SteppingClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
