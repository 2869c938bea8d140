using System.Diagnostics;
using Harness.Runner.Execution;
using Harness.Runner.Reporting;
using Harness.Runner.Results;
using Harness.Runner.Tests.Support;

namespace Harness.Runner.Tests.Execution;

/// <summary>A target that answers too much, too slowly or too deeply fails its step; the runner and its reports stay small.</summary>
internal sealed class ResponseLimitTests
{
    private const long Limit = 64 * 1024;
    private const long TenMegabytes = 10 * 1024 * 1024;

    private static readonly Core.Scenarios.Scenario GetItem = ShopApi.Steps("  - call: getItem\n    path: { id: a }\n");

    private static readonly Dictionary<string, string> Keys = new() { ["shop"] = "key-0123456789" };

    private static ScenarioRunner Runner(string url, TimeSpan? timeout = null, long maxResponseBytes = Limit) =>
        new(ShopApi.Catalog,
            new RunTarget(new Uri(url), new Dictionary<string, Uri>(), Keys),
            new RunnerOptions { Timeout = timeout ?? TimeSpan.FromSeconds(10), MaxResponseBytes = maxResponseBytes, Environment = _ => null });

    private static async Task<RunResult> RunAsync(string url, TimeSpan? timeout = null, long maxResponseBytes = Limit)
    {
        using var runner = Runner(url, timeout, maxResponseBytes);
        return await runner.RunAsync(GetItem.Cases());
    }

    [Test]
    public async Task ChunkedBodyOverTheLimit_FailsTheStep_WithoutReadingTheRest()
    {
        var reply = FakeReply.Stream(TenMegabytes);
        await using var server = FakeServer.Start(_ => reply);

        var run = await RunAsync(server.Url);

        var failure = run.Scenarios.Single().Failures.Should().ContainSingle().Subject;
        failure.Title.Should().Be("response 200 not read: response body exceeded 65536 bytes; read stopped (limit: --max-response-bytes)");
        // The client stopped reading at the limit, so the server's writes stalled and broke long before the end.
        reply.Written.Should().BeLessThan(TenMegabytes);
    }

    [Test]
    public async Task DeclaredLengthOverTheLimit_FailsTheStep_BeforeABodyByteIsRead()
    {
        await using var server = FakeServer.Start(_ => FakeReply.Stream(TenMegabytes, declareLength: true));

        var run = await RunAsync(server.Url);

        run.Scenarios.Single().Failures.Single().Title.Should()
            .Be("response 200 not read: response body exceeded 65536 bytes; read stopped (limit: --max-response-bytes); the target announced 10485760 bytes");
    }

    [Test]
    public async Task BodyAtTheLimit_IsReadWhole()
    {
        var body = "{\"id\":\"a\",\"name\":\"Chair\",\"tags\":[\"" + new string('t', (int)Limit - 40) + "\"]}";
        await using var server = FakeServer.Start(_ => FakeReply.Json(200, body.PadRight((int)Limit)));

        var run = await RunAsync(server.Url);

        run.Scenarios.Single().Outcome.Should().Be(Outcome.Passed);
        run.Scenarios.Single().Steps.Single().Exchange!.Response!.Body.Length.Should().Be((int)Limit);
    }

    [Test]
    public async Task OversizedAnswers_LeaveEveryReportSmall()
    {
        await using var server = FakeServer.Start(_ => FakeReply.Stream(TenMegabytes));

        var run = await RunAsync(server.Url);

        JsonReporter.Render(run).Length.Should().BeLessThan(16 * 1024);
        JUnitReporter.Render(run).Length.Should().BeLessThan(16 * 1024);
        HtmlReporter.Render(run, null).Length.Should().BeLessThan(32 * 1024);
    }

    [Test]
    public async Task TargetTricklingItsBody_IsCutAtTheStepTimeout()
    {
        // One byte every 50 ms: the whole body would take 50 s, the timeout is 500 ms.
        await using var server = FakeServer.Start(_ => FakeReply.Stream(1000, piece: 1, declareLength: true, pause: TimeSpan.FromMilliseconds(50)));
        var clock = Stopwatch.StartNew();

        var run = await RunAsync(server.Url, TimeSpan.FromMilliseconds(500));

        run.Scenarios.Single().Failures.Single().Title.Should().Be("no response: no complete response within 500 ms (the request timeout)");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [Test]
    public async Task DeeplyNestedJson_UnderTheByteLimit_FailsAsNotJson()
    {
        var bomb = new string('[', 20_000) + new string(']', 20_000);
        await using var server = FakeServer.Start(_ => FakeReply.Json(200, bomb));

        var run = await RunAsync(server.Url);

        var failure = run.Scenarios.Single().Failures.Single(f => f.Check == "ResponseSchema");
        failure.Title.Should().Be("response 200 of getItem is not JSON");
        failure.Detail.Should().Contain("MaxDepth of 64");
    }

    [Test]
    public async Task JsonOfMillionsOfTinyValues_UnderTheByteLimit_FailsAsNotJson()
    {
        var bomb = "[" + string.Join(",", Enumerable.Repeat("[]", 600_000)) + "]";
        await using var server = FakeServer.Start(_ => FakeReply.Json(200, bomb));

        var run = await RunAsync(server.Url, maxResponseBytes: 4 * 1024 * 1024);

        var failure = run.Scenarios.Single().Failures.Single(f => f.Check == "ResponseSchema");
        failure.Detail.Should().Be("the document holds more than 500,000 values (the runner's limit); not parsed");
    }
}
