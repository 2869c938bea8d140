using Harness.Runner.Events;
using Harness.Runner.Reporting;
using Harness.Runner.Tests.Support;
using Spectre.Console;

namespace Harness.Runner.Tests.Reporting;

internal sealed class ConsoleReporterTests
{
    private static (ConsoleReporter Reporter, StringWriter Output) Create()
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
        return (new ConsoleReporter(console), output);
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
        text.Should().Contain("PASS lists items").And.Contain("FAIL reads an item <b>").And.Contain("SKIP needs the mock");
        text.Should().Contain("specs/shop/read.scenario.yaml:7:25: error: $.name: value differs")
            .And.Contain(" 7 |       json: { \"$.name\": Table }")
            .And.Contain("expected:  \"Table\"")
            .And.Contain("actual:    \"Chair\"")
            .And.Contain("reproduce: curl -sS -X GET 'http://127.0.0.1:")
            .And.Contain("X-Shop-Key: su…42");
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
}
