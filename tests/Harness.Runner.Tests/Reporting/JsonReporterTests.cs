using Harness.Runner.Reporting;
using Harness.Runner.Tests.Support;
using Newtonsoft.Json.Linq;
using Harness.Runner.Http;

namespace Harness.Runner.Tests.Reporting;

internal sealed class JsonReporterTests
{
    [Test]
    public async Task Render_HoldsSummaryCasesStepsFailuresAndCoverage_WithTheKeyMasked()
    {
        var text = JsonReporter.Render(await SampleRun.CreateAsync());
        var json = JObject.Parse(text);

        json["summary"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Contain("\"passed\":1,\"failed\":1,\"skipped\":1");
        json["summary"]!["exitCode"]!.Value<int>().Should().Be(1);
        var failed = json["scenarios"]![1]!;
        failed["outcome"]!.Value<string>().Should().Be("failed");
        var step = failed["steps"]![0]!;
        step["request"]!["headers"]!["X-Shop-Key"]!.Value<string>().Should().Be("su…42");
        step["request"]!["curl"]!.Value<string>().Should().Contain("-H \"X-Shop-Key: ${HARNESS_API_KEY_SHOP}\"");
        step["failures"]![0]!["location"]!.ToString(Newtonsoft.Json.Formatting.None)
            .Should().Be("""{"file":"specs/shop/read.scenario.yaml","line":7,"column":25}""");
        json["coverage"]![0]!["api"]!.Value<string>().Should().Be("shop");
        text.Should().NotContain(SampleRun.Key);
    }
}
