using Harness.Runner.Reporting;
using Harness.Runner.Results;
using Harness.Runner.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Tests.Reporting;

/// <summary>Reports keep no bodies of passing steps and at most 64 KiB of each body of a failing one.</summary>
internal sealed class ReportBodyTests
{
    private static readonly Dictionary<string, string> Keys = new() { ["shop"] = "key-0123456789" };

    private static async Task<RunResult> RunAsync(Func<FakeRequest, FakeReply> reply, string steps)
    {
        await using var server = FakeServer.Start(reply);
        using var runner = Runs.Runner(server.Url, keys: Keys);
        return await runner.RunAsync(ShopApi.Steps(steps).Cases());
    }

    [Test]
    public void Excerpt_KeepsTheFirst64KiB_AndSaysHowManyBytesMore()
    {
        var body = new string('a', ReportBody.MaxChars) + new string('é', 10);

        var excerpt = ReportBody.Excerpt(body);

        excerpt.Should().Be(new string('a', ReportBody.MaxChars) + "\n… 20 bytes more");
        ReportBody.Excerpt("short").Should().Be("short");
    }

    [Test]
    public void Excerpt_NeverSplitsASurrogatePair()
    {
        var body = new string('a', ReportBody.MaxChars - 1) + "😀" + "tail";

        ReportBody.Excerpt(body).Should().StartWith(new string('a', ReportBody.MaxChars - 1) + "\n… 8 bytes more");
    }

    [Test]
    public async Task PassingSteps_KeepNoBodiesOrCurlLines_InTheJsonReport()
    {
        var run = await RunAsync(r => Runs.Shop(r), "  - call: createItem\n    body: { id: a, name: Chair }\n  - call: getItem\n    path: { id: a }\n");

        run.Scenarios.Single().Outcome.Should().Be(Outcome.Passed);
        var steps = JObject.Parse(JsonReporter.Render(run))["scenarios"]![0]!["steps"]!;
        steps.Should().HaveCount(2);
        foreach (var step in steps)
        {
            ((JObject)step["request"]!).Properties().Select(p => p.Name).Should().BeEquivalentTo("method", "url", "headers");
            ((JObject)step["response"]!).Properties().Select(p => p.Name).Should().BeEquivalentTo("status", "headers");
        }
    }

    [Test]
    public async Task FailingStep_KeepsItsBodiesCut_InEveryReport()
    {
        var huge = "{\"id\":\"a\",\"name\":7,\"pad\":\"" + new string('p', 1024 * 1024) + "\"}";
        var longName = new string('n', 100 * 1024);
        var run = await RunAsync(_ => FakeReply.Json(200, huge), $"  - call: createItem\n    body: {{ id: a, name: {longName} }}\n");

        run.Scenarios.Single().Outcome.Should().Be(Outcome.Failed);
        var step = JObject.Parse(JsonReporter.Render(run))["scenarios"]![0]!["steps"]![0]!;
        var responseBody = step["response"]!["body"]!.Value<string>()!;
        responseBody.Should().StartWith("""{"id":"a","name":7""").And.EndWith($"\n… {huge.Length - ReportBody.MaxChars} bytes more");
        responseBody.Length.Should().BeLessThan(ReportBody.MaxChars + 100);
        step["request"]!["body"]!.Value<string>()!.Length.Should().BeLessThan(ReportBody.MaxChars + 100);
        step["request"]!["curl"]!.Value<string>()!.Length.Should().BeLessThan(ReportBody.MaxChars + 1000);
        // Request, response and two curl lines (the diagnostic's and the exchange's), each cut.
        HtmlReporter.Render(run).Length.Should().BeLessThan(5 * ReportBody.MaxChars);
        // The diagnostics quote 500 characters of the response and the cut curl line.
        JUnitReporter.Render(run).Length.Should().BeLessThan(2 * ReportBody.MaxChars);
    }
}
