using System.Diagnostics;
using Harness.Runner.Results;
using Harness.Runner.Tests.Support;
using Harness.Runner.Http;

namespace Harness.Runner.Tests.Execution;

/// <summary>Targets that misbehave become clear step failures, and never hang the run.</summary>
internal sealed class HostileTargetTests
{
    private static readonly Core.Scenarios.Scenario GetItem = ShopApi.Steps("  - call: getItem\n    path: { id: a }\n");

    private static async Task<string> FailureOf(FakeReply reply, TimeSpan? timeout = null)
    {
        await using var server = FakeServer.Start(_ => reply);
        var result = await Runs.RunAsync(server.Url, GetItem, timeout, new Dictionary<string, string> { ["shop"] = "key-0123456789" });
        result.Outcome.Should().Be(Outcome.Failed);
        return result.Failures.Should().ContainSingle().Subject.Title;
    }

    [Test]
    public async Task HangingTarget_FailsAfterTheRequestTimeout()
    {
        var clock = Stopwatch.StartNew();

        var title = await FailureOf(FakeReply.Hang, TimeSpan.FromMilliseconds(300));

        title.Should().Be("no response: no complete response within 300 ms (the request timeout)");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Test]
    public async Task TargetThatClosesTheConnection_FailsSayingSo() =>
        (await FailureOf(FakeReply.Close)).Should().MatchRegex(@"^no response: 127\.0\.0\.1:\d+ closed the connection before a complete response$");

    [Test]
    public async Task TargetThatDoesNotSpeakHttp_FailsSayingSo() =>
        (await FailureOf(FakeReply.Garbage)).Should().StartWith("no response: ").And.Contain("127.0.0.1");

    [Test]
    public async Task TargetAnsweringHtml_FailsTheSchemaCheckQuotingTheBody()
    {
        await using var server = FakeServer.Start(_ => FakeReply.Text(200, "text/html", "<h1>maintenance</h1>"));

        var result = await Runs.RunAsync(server.Url, GetItem, keys: new Dictionary<string, string> { ["shop"] = "k" });

        result.Failures.Select(f => f.Title).Should().Contain("response 200 of getItem is not JSON")
            .And.Contain("Content-Type of response 200 is not the documented 'application/json'");
        result.Failures.Single(f => f.Check == "ResponseSchema").Actual.Should().Be("<h1>maintenance</h1>");
    }

    [Test]
    public async Task RefusedConnection_FailsSayingSo()
    {
        var url = $"http://127.0.0.1:{FakeServer.ClosedPort()}";

        var result = await Runs.RunAsync(url, GetItem, keys: new Dictionary<string, string> { ["shop"] = "k" });

        result.Failures.Single().Title.Should().MatchRegex(@"^no response: connection refused by 127\.0\.0\.1:\d+ \(is the target running\?\)$");
    }

    [Test]
    public async Task Probe_ReportsAnUnreachableTarget_AndAcceptsAnyHttpAnswer()
    {
        await using var server = FakeServer.Start(_ => FakeReply.Json(404, "{}"));
        using var runner = Runs.Runner(server.Url);

        (await runner.Probe.UnreachableReasonAsync(new Uri(server.Url), CancellationToken.None)).Should().BeNull();
        (await runner.Probe.UnreachableReasonAsync(new Uri($"http://127.0.0.1:{FakeServer.ClosedPort()}"), CancellationToken.None))
            .Should().StartWith("target http://127.0.0.1:").And.Contain("is unreachable: connection refused");
    }
}
