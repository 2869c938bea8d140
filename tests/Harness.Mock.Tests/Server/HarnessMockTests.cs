using FluentAssertions;
using Harness.Mock.Server;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Server;

public sealed class HarnessMockTests
{
    [Test]
    public async Task Health_AnswersOk_WhenStarted()
    {
        using var http = new HttpClient();
        var response = await http.GetAsync(MockSetup.Mock.Url + "/__harness/health");
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
    }

    [Test]
    public async Task SecondMock_StartsOnItsOwnPort_AndStopsCleanly()
    {
        int port;
        await using (var second = await HarnessMock.StartAsync(new HarnessMockOptions()))
        {
            port = second.Port;
            port.Should().NotBe(MockSetup.Mock.Port);
            using var http = new HttpClient();
            (await http.GetAsync(second.Url + "/__harness/health")).IsSuccessStatusCode.Should().BeTrue();
        }

        using var probe = new System.Net.Sockets.TcpClient();
        var connect = async () => await probe.ConnectAsync("127.0.0.1", port);
        await connect.Should().ThrowAsync<System.Net.Sockets.SocketException>();
    }

    [Test]
    public async Task UnknownPath_UnderAnApi_IsAnsweredInThatApisShape_AndJournaled()
    {
        var client = ApiClient.Iterable();
        var response = await client.Post("/users/updat", new { email = "a@example.com" });
        response.Status.Should().Be(404);
        var journal = await client.Admin(HttpMethod.Get, "requests");
        journal.Json!["requests"]!.Should().Contain(e => (string?)e["path"] == "/api/users/updat");
    }

    [Test]
    public void Options_WithSeveralProblems_AreReportedInOneMessage()
    {
        var start = async () => await HarnessMock.StartAsync(new HarnessMockOptions { Port = 70000, MaxBodyBytes = 10 });
        start.Should().ThrowAsync<ArgumentException>().Result
            .Which.Message.Should().Contain("port 70000").And.Contain("max body size");
    }
}
