using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Harness.Mock.Server;
using NUnit.Framework;

namespace Harness.Mock.Tests.Server;

public sealed class UserMappingsTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "harness-mappings-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task MappingsDirectory_ServesTheUsersWireMockMapping_AndTheVendorPathsStillAnswer()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "ping.json"), """
            {
              "Request": { "Path": { "Matchers": [ { "Name": "WildcardMatcher", "Pattern": "/custom/ping" } ] }, "Methods": [ "GET" ] },
              "Response": { "StatusCode": 200, "Body": "pong from the user's mapping", "Headers": { "Content-Type": "text/plain" } }
            }
            """);
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { MappingsDirectory = _folder });
        using var http = new HttpClient();

        var custom = await http.GetAsync(mock.Url + "/custom/ping");
        custom.StatusCode.Should().Be(HttpStatusCode.OK);
        (await custom.Content.ReadAsStringAsync()).Should().Be("pong from the user's mapping");

        using var update = new HttpRequestMessage(HttpMethod.Post, mock.Url + "/api/users/update")
        {
            Content = JsonContent.Create(new { email = "mapped@example.com", dataFields = new { plan = "gold" } }),
        };
        update.Headers.Add("Api-Key", "user-mappings-" + Guid.NewGuid().ToString("N"));
        var vendor = await http.SendAsync(update);
        vendor.StatusCode.Should().Be(HttpStatusCode.OK);
        (await vendor.Content.ReadAsStringAsync()).Should().Contain("\"code\":\"Success\"");
    }

    [Test]
    public async Task UserMapping_ForAVendorPath_MatchesBeforeTheHarness()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "override.json"), """
            [ {
              "Request": { "Path": "/api/users/update", "Methods": [ "POST" ] },
              "Response": { "StatusCode": 418, "BodyAsJson": { "code": "Overridden" } }
            } ]
            """);
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { MappingsDirectory = _folder });
        using var http = new HttpClient();
        using var update = new HttpRequestMessage(HttpMethod.Post, mock.Url + "/api/users/update") { Content = JsonContent.Create(new { email = "x@example.com" }) };
        update.Headers.Add("Api-Key", "k");

        var response = await http.SendAsync(update);

        ((int)response.StatusCode).Should().Be(418);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Overridden");
        (await http.GetAsync(mock.Url + "/__harness/health")).StatusCode.Should().Be(HttpStatusCode.OK, "the admin surface stays the harness's");
    }

    [Test]
    public async Task MappingsDirectory_WithAFileWireMockCannotRead_FailsTheStartNamingTheFile()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "broken.json"), "{ \"Request\": ");

        var start = async () => await HarnessMock.StartAsync(new HarnessMockOptions { MappingsDirectory = _folder });

        (await start.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("broken.json").And.Contain("not a WireMock mapping");
    }

    [Test]
    public async Task UserMapping_WithAPriorityBeforeTheAdminSurface_FailsTheStart()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "greedy.json"), """
            { "Priority": -2000000, "Request": { "Path": "/__harness/health" }, "Response": { "StatusCode": 500 } }
            """);

        var start = async () => await HarnessMock.StartAsync(new HarnessMockOptions { MappingsDirectory = _folder });

        (await start.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("greedy.json").And.Contain("admin surface");
    }

    [Test]
    public async Task MappingsDirectory_ThatDoesNotExist_IsAnOptionsProblem()
    {
        var start = async () => await HarnessMock.StartAsync(new HarnessMockOptions { MappingsDirectory = Path.Combine(_folder, "missing") });

        (await start.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("mappings folder");
    }

    [Test]
    public async Task Mappings_AreOnePerApi_PlusAdminAndFallback_AndTheUsers()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "ping.json"), """{ "Title": "mine", "Request": { "Path": "/custom/ping" }, "Response": { "StatusCode": 204 } }""");
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { MappingsDirectory = _folder });

        var titles = mock.Mappings.Select(m => m.Title).ToArray();

        titles.Should().BeEquivalentTo(
            mock.Catalog.Apis.Select(a => "harness: " + a.Name).Concat(["harness: admin", "harness: no such operation", "mine"]));
    }
}
