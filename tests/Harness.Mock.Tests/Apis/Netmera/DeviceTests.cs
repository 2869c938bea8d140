using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>getDevices: one user's devices, optionally only those with push permission.</summary>
public sealed class DeviceTests
{
    [Test]
    public async Task GetDevices_ListsTheUsersDevices_WithPlatformTokenModelAndPermission()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1", "IOS", deviceModel: "iPhone15,2");
        await client.RegisterDevice("u1", null, "WEB");

        var response = await client.Get("/getDevices?extId=u1");

        response.Status.Should().Be(200);
        response.Json.ShouldEqualJson("""
            {"extId":"u1","devices":[
              {"platform":"IOS","token":"t1","deviceModel":"iPhone15,2","pushPermitted":true},
              {"platform":"WEB","token":null,"deviceModel":null,"pushPermitted":true}]}
            """);
    }

    [TestCase("HUAWEI")]
    [TestCase("ANDROID")]
    public async Task GetDevices_ShowsEveryPlatform(string platform)
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1", platform);
        ((string?)(await client.Devices("u1"))[0]["platform"]).Should().Be(platform);
    }

    [Test]
    public async Task GetDevices_PushPermittedTrue_ListsOnlyOptedInDevices()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1");
        await client.RegisterDevice("u1", "t2", pushPermitted: false);

        (await client.Devices("u1", "&pushPermitted=true")).Select(d => (string?)d["token"]).Should().Equal("t1");
    }

    [Test]
    public async Task GetDevices_PushPermittedFalseOrAbsent_ListsAllDevices()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1");
        await client.RegisterDevice("u1", "t2", pushPermitted: false);

        (await client.Devices("u1", "&pushPermitted=false")).Should().HaveCount(2);
        (await client.Devices("u1")).Should().HaveCount(2);
    }

    [Test]
    public async Task GetDevices_UserWithoutDevices_AnswersAnEmptyList()
    {
        var client = ApiClient.Netmera();
        await client.CreateUsers("u1");
        (await client.Devices("u1")).Should().BeEmpty();
    }

    [Test]
    public async Task GetDevices_UnknownExtId_Is200_WithNoDevices()
    {
        var response = await ApiClient.Netmera().Get("/getDevices?extId=nobody");
        response.Status.Should().Be(200, response.Text);
        response.Json.ShouldEqualJson("""{"extId":"nobody","devices":[]}""");
    }

    [Test]
    public async Task GetDevices_UninstalledDevice_IsNeverListed()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1");
        await client.RegisterDevice("u1", "t2", installationId: "gone", installed: false);

        (await client.Devices("u1")).Select(d => (string?)d["token"]).Should().Equal("t1");
        (await client.Devices("u1", "&pushPermitted=true")).Select(d => (string?)d["token"]).Should().Equal("t1");
    }

    [Test]
    public async Task GetDevices_PushPermittedNotABoolean_Is2004()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1");
        var response = await client.Get("/getDevices?extId=u1&pushPermitted=maybe");
        response.ShouldBeError(400, 2004, "Field 'pushPermitted' should be a boolean");
    }

    [Test]
    public async Task GetDevices_WithoutExtId_Is2020()
    {
        var response = await ApiClient.Netmera().Get("/getDevices");
        response.ShouldBeError(400, 2020, "'extId'");
    }
}
