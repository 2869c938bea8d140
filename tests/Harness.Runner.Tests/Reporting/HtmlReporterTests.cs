using Harness.Runner.Events;
using Harness.Runner.Reporting;
using Harness.Runner.Tests.Support;

namespace Harness.Runner.Tests.Reporting;

internal sealed class HtmlReporterTests
{
    [Test]
    public async Task Render_ContainsTheMaskedKey_AndNeverTheRealOne()
    {
        var html = HtmlReporter.Render(await SampleRun.CreateAsync());

        html.Should().Contain("X-Shop-Key: su…42").And.NotContain(SampleRun.Key);
    }

    [Test]
    public async Task Render_IsSelfContained_WithTheFailedExchangeAndCoverage()
    {
        var html = HtmlReporter.Render(await SampleRun.CreateAsync());

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<style>")
            .And.NotContain("<script").And.NotContain("<link").And.NotContain("src=");
        html.Should().Contain("1 passed").And.Contain("1 failed").And.Contain("1 skipped");
        html.Should().Contain("GET http://127.0.0.1:").And.Contain("&quot;name&quot;: &quot;Chair&quot;");
        html.Should().Contain("specs/shop/read.scenario.yaml:7:25: error: $.name: value differs");
        html.Should().Contain("reads an item &lt;b&gt;").And.NotContain("reads an item <b>");
        html.Should().Contain("curl -sS -X GET");
        html.Should().Contain("shop: 2/4 operations");
    }

    [Test]
    public async Task Report_HeaderShowsTargetDateAndDuration()
    {
        var run = await SampleRun.CreateAsync() with { Duration = TimeSpan.FromMilliseconds(1234) };
        var path = Path.Combine(Path.GetTempPath(), $"harness-html-{Guid.NewGuid():N}.html");
        var reporter = new HtmlReporter(path);
        var at = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.FromHours(2));

        reporter.Handle(new RunStarted(run.Scenarios.Select(s => s.Case).ToArray(), "https://api.example.com", at));
        reporter.Handle(new RunFinished(run));
        var html = File.ReadAllText(path);
        File.Delete(path);

        var header = html[html.IndexOf("<header", StringComparison.Ordinal)..html.IndexOf("</header>", StringComparison.Ordinal)];
        header.Should().Contain("<dt>target</dt><dd>https://api.example.com</dd>")
            .And.Contain("<dt>date</dt><dd>2026-03-04 03:06:07 UTC</dd>")
            .And.Contain("<dt>duration</dt><dd>1.23 s</dd>");
    }
}
