using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>getDeviceTokens: every device of the tenant in registration order, paged with absolute nextPage links.</summary>
public sealed class DeviceTokenPagingTests
{
    private static async Task<ApiClient> WithDevices(int count)
    {
        var client = ApiClient.Netmera();
        for (var i = 1; i <= count; i++)
        {
            await client.RegisterDevice($"u{(i + 1) / 2}", $"t{i}", pushPermitted: i % 3 != 0);
        }

        return client;
    }

    [Test]
    public async Task GetDeviceTokens_ListsEveryDevice_InRegistrationOrder_OptedOutIncluded()
    {
        var client = await WithDevices(4);

        var response = await client.Get("/getDeviceTokens?max=10");

        response.Status.Should().Be(200);
        ((int)response["$.total"]).Should().Be(4);
        response.Json!["devices"]!.Select(d => (string?)d["deviceToken"]).Should().Equal("t1", "t2", "t3", "t4");
        ((string?)response["$.devices[2].extId"]).Should().Be("u2");
        response.Json!["devices"]![2]!.Should().HaveCount(4, "a row is installationId, platform, extId and deviceToken, nothing else");
    }

    [Test]
    public async Task GetDeviceTokens_Rows_IncludeUninstalledDevices_OmitExtIdWithoutUser_AndDeviceTokenWhenBlank()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1", installationId: "i-1");
        await client.RegisterDevice("u1", "t2", installationId: "i-2", installed: false);
        await client.RegisterDevice(null, "t3", platform: "WEB", installationId: "i-3");
        await client.RegisterDevice("u2", "  ", platform: "ANDROID", installationId: "i-4");
        await client.RegisterDevice("u2", null, platform: "HUAWEI", installationId: "i-5");

        var response = await client.Get("/getDeviceTokens?max=10");

        response.Json!["devices"].ShouldEqualJson("""
            [{"installationId":"i-1","platform":"IOS","extId":"u1","deviceToken":"t1"},
             {"installationId":"i-2","platform":"IOS","extId":"u1","deviceToken":"t2"},
             {"installationId":"i-3","platform":"WEB","deviceToken":"t3"},
             {"installationId":"i-4","platform":"ANDROID","extId":"u2"},
             {"installationId":"i-5","platform":"HUAWEI","extId":"u2"}]
            """);
        ((int)response["$.total"]).Should().Be(5);
    }

    [Test]
    public async Task GetDeviceTokens_NextPage_IsAbsoluteOnTheCalledHost()
    {
        var client = await WithDevices(5);

        var response = await client.Get("/getDeviceTokens?max=2&offset=1");

        ((string?)response["$.nextPage"]).Should().Be($"{client.Mock.Url}/rest/3.0/getDeviceTokens?offset=3&max=2");
        response.Json!["devices"]!.Select(d => (string?)d["deviceToken"]).Should().Equal("t2", "t3");
    }

    [Test]
    public async Task GetDeviceTokens_LastPage_HasNoNextPage()
    {
        var client = await WithDevices(4);
        var response = await client.Get("/getDeviceTokens?max=2&offset=2");

        response.Json!["devices"]!.Should().HaveCount(2);
        response.Json!["nextPage"].Should().BeNull();
    }

    [Test]
    public async Task GetDeviceTokens_FollowingNextPage_WalksEveryDeviceOnceToTheLastPage()
    {
        var client = await WithDevices(7);
        var tokens = new List<string>();
        var pages = 0;
        string? next = $"{client.Mock.Url}/rest/3.0/getDeviceTokens?max=3";
        using var http = new HttpClient();
        while (next is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add("X-netmera-api-key", client.Key);
            var page = Newtonsoft.Json.Linq.JObject.Parse(await (await http.SendAsync(request)).Content.ReadAsStringAsync());
            tokens.AddRange(page["devices"]!.Select(d => (string)d["deviceToken"]!));
            ((int)page["total"]!).Should().Be(7);
            next = (string?)page["nextPage"];
            pages++;
        }

        pages.Should().Be(3);
        tokens.Should().Equal(Enumerable.Range(1, 7).Select(i => $"t{i}"));
    }

    [Test]
    public async Task GetDeviceTokens_Defaults_AreMax10FromOffset0()
    {
        var client = await WithDevices(12);
        var response = await client.Get("/getDeviceTokens");

        response.Json!["devices"]!.Should().HaveCount(10);
        ((string?)response["$.nextPage"]).Should().EndWith("/rest/3.0/getDeviceTokens?offset=10&max=10");
    }

    [Test]
    public async Task GetDeviceTokens_EmptyTenant_AnswersTotal0AndNoNextPage()
    {
        var response = await ApiClient.Netmera().Get("/getDeviceTokens");
        response.Json.ShouldEqualJson("{\"total\":0,\"devices\":[]}");
    }

    [Test]
    public async Task GetDeviceTokens_AfterDeletingUsers_PagesSkipTheirDevices()
    {
        var client = await WithDevices(6);
        await client.Get("/getDeviceTokens?max=2");
        await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u1", "u3" } });

        var response = await client.Get("/getDeviceTokens?max=1&offset=1");

        ((int)response["$.total"]).Should().Be(2);
        response.Json!["devices"]!.Select(d => (string?)d["deviceToken"]).Should().Equal("t4");
        response.Json!["nextPage"].Should().BeNull();
    }

    [Test]
    public async Task GetDeviceTokens_OffsetPastTheEnd_AnswersNoDevicesAndNoNextPage()
    {
        var client = await WithDevices(2);
        var response = await client.Get("/getDeviceTokens?max=1000&offset=9223372036854775000");
        response.Json.ShouldEqualJson("{\"total\":2,\"devices\":[]}");
    }

    [TestCase("0")]
    [TestCase("1001")]
    [TestCase("ten")]
    public async Task GetDeviceTokens_MaxOutside1To1000_Is2004(string max)
    {
        var response = await ApiClient.Netmera().Get($"/getDeviceTokens?max={max}");
        response.ShouldBeError(400, 2004, "'max'");
    }

    [Test]
    public async Task GetDeviceTokens_NegativeOffset_Is2004()
    {
        var response = await ApiClient.Netmera().Get("/getDeviceTokens?offset=-1");
        response.ShouldBeError(400, 2004, "'offset'");
    }
}
