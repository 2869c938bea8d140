using FluentAssertions;
using Harness.Mock.Server;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Robustness;

/// <summary>Bodies over the configured size get a clean 413 in the vendor's own envelope, and change nothing.</summary>
public sealed class SizeLimitTests
{
    [TestCase("iterable", "/users/update", "code")]
    [TestCase("netmera", "/tagUsers", "error")]
    public async Task BodyOverTheLimit_Is413_InTheVendorsShape(string api, string path, string envelopeField)
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { MaxBodyBytes = 4096 });
        var client = new ApiClient(mock, api);
        var huge = "{\"pad\":\"" + new string('x', 10_000) + "\"}";
        var before = (await client.Admin(HttpMethod.Get, "state")).Text;

        var response = await client.Post(path, huge);

        response.Status.Should().Be(413);
        response.Json![envelopeField].Should().NotBeNull(response.Text);
        response.Text.Should().Contain("4096");
        (await client.Admin(HttpMethod.Get, "state")).Text.Should().Be(before);
    }

    [Test]
    public async Task DeclaredLengthOverTheLimit_Is413_BeforeAnyByteOfTheBodyIsSent()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { MaxBodyBytes = 4096 });
        await using var raw = await RawHttp.ConnectAsync(mock);

        // The body never comes: only an answer given without reading it can arrive.
        await raw.SendAsync("POST /rest/3.0/tagUsers HTTP/1.1\r\nHost: 127.0.0.1\r\nX-netmera-api-key: size-key-1\r\n" +
                            "Content-Type: application/json\r\nContent-Length: 500000000\r\n\r\n");
        var answer = await raw.ReadAnswerAsync(TimeSpan.FromSeconds(20));

        answer.Should().NotBeNull("the mock answers without waiting for 500 MB");
        answer!.Status.Should().Be(413);
        answer.Body.Should().Contain("\"code\":2004").And.Contain("4096");
    }

    [Test]
    public async Task ChunkedBodyOverTheLimit_IsCutAtTheLimit_WithoutWaitingForItsEnd()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { MaxBodyBytes = 4096 });
        await using var raw = await RawHttp.ConnectAsync(mock);
        var chunk = new string('x', 8192);

        await raw.SendAsync("POST /api/users/update HTTP/1.1\r\nHost: 127.0.0.1\r\nApi-Key: size-key-2\r\n" +
                            $"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n{chunk.Length:X}\r\n{chunk}\r\n");
        var answer = await raw.ReadAnswerAsync(TimeSpan.FromSeconds(20));

        answer.Should().NotBeNull("the mock stops reading at the limit instead of waiting for the last chunk");
        answer!.Status.Should().Be(413);
        answer.Body.Should().Contain("RequestTooLarge");
    }

    [Test]
    public async Task AdminBodyOverItsOwnLimit_Is413_AndChangesNothing()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { MaxAdminBodyBytes = 2048 });
        var client = new ApiClient(mock, "iterable");
        var before = (await client.Admin(HttpMethod.Get, "state")).Text;

        var response = await client.Admin(HttpMethod.Put, "state", new { settings = new { pad = new string('x', 4096) } });

        response.Status.Should().Be(413);
        response.Json!["error"]!.ToString().Should().Contain("2048");
        (await client.Admin(HttpMethod.Get, "state")).Text.Should().Be(before);
    }
}
