using System.Net;
using Harness.Runner.Recording;
using Harness.Runner.Tests.Support;

namespace Harness.Runner.Tests.Recording;

/// <summary>The recording proxy reads a target's answer only up to its limit.</summary>
internal sealed class RecordingLimitTests
{
    [TestCase(false)]
    [TestCase(true)]
    public async Task AnswerOverTheLimit_Is502_AndNotRecorded(bool declareLength)
    {
        var reply = FakeReply.Stream(10 * 1024 * 1024, declareLength: declareLength);
        await using var target = FakeServer.Start(_ => reply);
        var session = new RecordingSession(ShopApi.Catalog);
        await using var proxy = await RecordingProxy.StartAsync(new Uri(target.Url), 0, session, maxResponseBytes: 64 * 1024);
        using var http = new HttpClient { BaseAddress = new Uri(proxy.Url) };

        using var answer = await http.GetAsync("/v1/items/chair");

        answer.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        (await answer.Content.ReadAsStringAsync()).Should()
            .Be("harness record: the target answered 200, but its response body exceeded 65536 bytes; read stopped (limit: --max-response-bytes)");
        session.Exchanges.Should().BeEmpty();
        reply.Written.Should().BeLessThan(10 * 1024 * 1024);
    }
}
