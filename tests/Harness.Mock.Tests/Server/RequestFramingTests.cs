using FluentAssertions;
using Harness.Mock.Server;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Server;

/// <summary>
/// Requests whose HTTP framing is broken, sent over a bare socket: each gets a 4xx or a closed connection,
/// never a 500 or a stack trace, and the mock journals what happened.
/// </summary>
public sealed class RequestFramingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static string Key() => $"frame-{Guid.NewGuid():N}";

    [Test]
    public async Task BadChunkSize_Is400_WithoutAStackTrace_AndJournaled()
    {
        var key = Key();
        await using var raw = await RawHttp.ConnectAsync(MockSetup.Mock);

        await raw.SendAsync($"POST /rest/3.0/tagUsers HTTP/1.1\r\nHost: 127.0.0.1\r\nX-netmera-api-key: {key}\r\n" +
                            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n{}\r\n0\r\n\r\n");
        var answer = await raw.ReadAnswerAsync(Patience);

        AssertClean(answer, 400);
        (await JournalOf(key, "chunk")).Should().Contain("chunk", "the journal says why the request was refused");
    }

    [Test]
    public async Task Http10_WithoutHost_IsAnsweredNormally_NotWith500()
    {
        var key = Key();
        await using var raw = await RawHttp.ConnectAsync(MockSetup.Mock);

        await raw.SendAsync($"GET /api/users/getByEmail?email=a@example.com HTTP/1.0\r\nApi-Key: {key}\r\n\r\n");
        var answer = await raw.ReadAnswerAsync(Patience);

        answer.Should().NotBeNull();
        answer!.Status.Should().BeOneOf([200, 400, 404], answer.ToString());
        answer.Body.Should().NotContain("   at ");
        (await JournalOf(key, "getByEmail")).Should().Contain("getByEmail");
    }

    [Test]
    public async Task ContentLengthLongerThanTheBody_Is400_OrAClosedConnection_AndJournaled()
    {
        var key = Key();
        await using var raw = await RawHttp.ConnectAsync(MockSetup.Mock);

        await raw.SendAsync($"POST /rest/3.0/tagUsers HTTP/1.1\r\nHost: 127.0.0.1\r\nX-netmera-api-key: {key}\r\n" +
                            "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"tag\":\"a\"}");
        raw.ShutdownSend();
        var answer = await raw.ReadAnswerAsync(Patience);

        if (answer is not null)
        {
            AssertClean(answer, 400);
        }

        (await JournalOf(key, "tagUsers")).Should().Contain("tagUsers").And.Contain("body", answer?.ToString());
    }

    [Test]
    public async Task SlowBody_IsCutOff_With400_AndJournaled()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { BodyReadTimeout = TimeSpan.FromSeconds(1) });
        var key = Key();
        await using var raw = await RawHttp.ConnectAsync(mock);

        await raw.SendAsync($"POST /rest/3.0/tagUsers HTTP/1.1\r\nHost: 127.0.0.1\r\nX-netmera-api-key: {key}\r\n" +
                            "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"tag\":");
        var answer = await raw.ReadAnswerAsync(Patience);

        if (answer is not null)
        {
            AssertClean(answer, 400);
        }

        (await new ApiClient(mock, "netmera", key).Admin(HttpMethod.Get, "requests")).Text.Should().Contain("too slowly");
    }

    private static void AssertClean(RawAnswer? answer, int status)
    {
        answer.Should().NotBeNull();
        answer!.Status.Should().Be(status, answer.ToString());
        answer.Body.Should().NotContain("   at ").And.NotContain("Exception", "no .NET internals reach the client");
    }

    /// <summary>The tenant's journal once it mentions <paramref name="expected"/>: a cut connection may reach the client first.</summary>
    private static async Task<string> JournalOf(string key, string expected)
    {
        var text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains(expected, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 100);
            text = (await new ApiClient(MockSetup.Mock, "netmera", key).Admin(HttpMethod.Get, "requests")).Text;
        }

        return text;
    }
}
