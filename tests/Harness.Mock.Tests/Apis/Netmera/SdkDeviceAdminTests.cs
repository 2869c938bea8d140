using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>POST /__harness/netmera/devices plays the mobile SDK; GET /__harness/netmera/view feeds the dashboard.</summary>
public sealed class SdkDeviceAdminTests
{
    [Test]
    public async Task RegisterDevice_CreatesTheDeviceAndItsUser()
    {
        var client = ApiClient.Netmera();

        var response = await client.Admin(HttpMethod.Post, "netmera/devices",
            new { extId = "u1", platform = "ANDROID", token = "t1", deviceModel = "Pixel 8", pushPermitted = false });

        response.Status.Should().Be(200, response.Text);
        ((bool)response["$.created"]).Should().BeTrue();
        (await client.Devices("u1")).ShouldEqualJson("[{\"platform\":\"ANDROID\",\"token\":\"t1\",\"deviceModel\":\"Pixel 8\",\"pushPermitted\":false}]");
    }

    [Test]
    public async Task RegisterDevice_Defaults_PushPermittedTrue_TokenAndModelNull()
    {
        var client = ApiClient.Netmera();

        (await client.Admin(HttpMethod.Post, "netmera/devices", new { extId = "u1", platform = "WEB" })).Status.Should().Be(200);

        (await client.Devices("u1")).ShouldEqualJson("[{\"platform\":\"WEB\",\"token\":null,\"deviceModel\":null,\"pushPermitted\":true}]");
    }

    [Test]
    public async Task RegisterDevice_KnownToken_UpdatesThatDeviceInPlace()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1", "IOS", deviceModel: "iPhone12,1");
        await client.RegisterDevice("u1", "t2");

        var response = await client.Admin(HttpMethod.Post, "netmera/devices", new { extId = "u1", platform = "IOS", token = "t1", deviceModel = "iPhone15,2" });

        ((bool)response["$.created"]).Should().BeFalse();
        var tokens = await client.Get("/getDeviceTokens");
        ((int)tokens["$.total"]).Should().Be(2);
        tokens.Json!["devices"]!.Select(d => (string?)d["deviceToken"]).Should().Equal("t1", "t2");
        (await client.Devices("u1")).Select(d => (string?)d["deviceModel"]).Should().Equal("iPhone15,2", null);
    }

    [Test]
    public async Task RegisterDevice_GeneratesAnInstallationId_AndAnswersTheWholeDevice()
    {
        var client = ApiClient.Netmera();

        var device = await client.RegisterDevice("u1", "t1");

        Guid.TryParse((string?)device["installationId"], out _).Should().BeTrue((string?)device["installationId"]);
        ((bool)device["installed"]!).Should().BeTrue();
        ((string?)device["extId"]).Should().Be("u1");
    }

    [Test]
    public async Task RegisterDevice_KnownInstallationId_UpdatesThatDevice_TokenAndInstalledFlagIncluded()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1", installationId: "i-1");

        var device = await client.RegisterDevice("u1", "t1-new", installationId: "i-1", installed: false);

        ((string?)device["token"]).Should().Be("t1-new");
        ((bool)device["installed"]!).Should().BeFalse();
        (await client.Devices("u1")).Should().BeEmpty("an uninstalled device is not listed");
        var tokens = await client.Get("/getDeviceTokens");
        tokens.Json!["devices"].ShouldEqualJson("""[{"installationId":"i-1","platform":"IOS","extId":"u1","deviceToken":"t1-new"}]""");
        (await client.Post("/disablePush", new { deviceToken = "t1" })).ShouldBeEmptyOk();
    }

    [Test]
    public async Task RegisterDevice_WithoutExtId_BelongsToNoUser()
    {
        var client = ApiClient.Netmera();

        var device = await client.RegisterDevice(null, "t1", platform: "WEB");

        device["extId"].Should().BeNull();
        ((int)(await client.View())["userCount"]!).Should().Be(0);
        (await client.View())["devicesWithoutUser"]!.Should().ContainSingle();
    }

    [Test]
    public async Task RegisterDevice_ForAnUntrackedUser_TracksItAgain()
    {
        var client = ApiClient.Netmera();
        await client.Settings(new { deleteUsersEnabled = false });
        await client.RegisterDevice("u1", "t1");
        await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u1" } });

        await client.RegisterDevice("u1", "t2");

        ((bool)(await client.ViewUser("u1"))!["untracked"]!).Should().BeFalse();
    }

    [Test]
    public async Task RegisterDevice_KnownTokenUnderAnotherUser_MovesTheDevice_KeepingItsPosition()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1");
        await client.RegisterDevice("u1", "t2");

        await client.RegisterDevice("u2", "t1");

        (await client.Devices("u1")).Select(d => (string?)d["token"]).Should().Equal("t2");
        (await client.Devices("u2")).Select(d => (string?)d["token"]).Should().Equal("t1");
        (await client.Get("/getDeviceTokens")).Json!["devices"]!.Select(d => ((string?)d["extId"], (string?)d["deviceToken"]))
            .Should().Equal(("u2", "t1"), ("u1", "t2"));
    }

    [Test]
    public async Task RegisterDevice_KnownToken_FieldsLeftOut_KeepTheirValues()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1", deviceModel: "Pixel 8", pushPermitted: false);

        await client.Admin(HttpMethod.Post, "netmera/devices", new { extId = "u1", platform = "ANDROID", token = "t1" });

        (await client.Devices("u1")).ShouldEqualJson("[{\"platform\":\"ANDROID\",\"token\":\"t1\",\"deviceModel\":\"Pixel 8\",\"pushPermitted\":false}]");
    }

    [TestCase("{\"extId\":\"u1\",\"platform\":\"ios\"}", "platform")]
    [TestCase("{\"extId\":\"u1\",\"platform\":\"BLACKBERRY\"}", "IOS, ANDROID, HUAWEI, WEB")]
    [TestCase("{\"extId\":\"u1\"}", "platform")]
    [TestCase("{\"extId\":\"\",\"platform\":\"IOS\"}", "extId")]
    [TestCase("{\"extId\":\"u1\",\"platform\":\"IOS\",\"installationId\":\" \"}", "installationId")]
    [TestCase("{\"extId\":\"u1\",\"platform\":\"IOS\",\"installed\":\"no\"}", "installed")]
    [TestCase("{\"extId\":\"u1\",\"platform\":\"IOS\",\"pushPermitted\":\"yes\"}", "pushPermitted")]
    [TestCase("{\"extId\":\"u1\",\"platform\":\"IOS\",\"tokn\":\"t1\"}", "tokn")]
    [TestCase("[]", "object")]
    public async Task RegisterDevice_BadInput_Is400_WithAClearMessage(string body, string mentioned)
    {
        var client = ApiClient.Netmera();

        var response = await client.Admin(HttpMethod.Post, "netmera/devices", Newtonsoft.Json.Linq.JToken.Parse(body));

        response.Status.Should().Be(400, response.Text);
        ((string?)response["$.error"]).Should().Contain(mentioned);
        ((int)(await client.View())["userCount"]!).Should().Be(0);
    }

    [Test]
    public async Task RegisterDevice_WithoutBody_Is400()
    {
        var response = await ApiClient.Netmera().Admin(HttpMethod.Post, "netmera/devices");
        response.Status.Should().Be(400);
    }

    [Test]
    public async Task View_ShowsUsersWithDevices_SegmentsWithLiveCounts_AndMessages()
    {
        var client = ApiClient.Netmera();
        await client.Settings(new
        {
            segments = new[] { new { id = 1, name = "sport", type = "STANDARD", rule = new { tag = "Sport" } } },
            pushApproval = new { enabled = true, pendingMessageIds = new[] { 101, 102 } },
        });
        await client.RegisterDevice("u1", "t1", pushPermitted: false, installationId: "i-1");
        await client.Post("/tagUsers", new { tag = "Sport", extIds = new[] { "u1" } });
        await client.Post("/updateEmail", new { extId = "u1", email = "a@example.com" });
        await client.Post("/sendPushApproval", new[] { new { messageId = 102 } });

        var view = await client.View();

        view["users"]!.ShouldEqualJson("""
            [{"extId":"u1","untracked":false,"email":"a@example.com","msisdn":null,"mailPermitted":null,"smsPermitted":null,
              "attributes":{},"tags":["Sport"],"categoryPreferences":{},
              "devices":[{"installationId":"i-1","platform":"IOS","token":"t1","deviceModel":null,"pushPermitted":false,"installed":true}]}]
            """);
        view["segments"]!.ShouldEqualJson("[{\"id\":1,\"name\":\"sport\",\"type\":\"STANDARD\",\"rule\":{\"tag\":\"Sport\"},\"userCount\":1}]");
        view["messages"]!.ShouldEqualJson("[{\"id\":101,\"status\":\"pending\"},{\"id\":102,\"status\":\"approved\"}]");
    }

    [Test]
    public async Task View_ShowsTheTenantsDefinitionsAndSwitches()
    {
        var client = ApiClient.Netmera();
        await client.Settings(new { profileAttributes = new { age = "number", tags = "string[]" }, categories = new[] { "Shopping" }, rejectInvalidEntries = true });

        var view = await client.View();

        view["profileAttributes"]!.ShouldEqualJson("""{"age":"number","tags":"string[]"}""");
        view["categories"]!.ShouldEqualJson("""["Shopping"]""");
        ((bool)view["rejectInvalidEntries"]!).Should().BeTrue();
    }
}
