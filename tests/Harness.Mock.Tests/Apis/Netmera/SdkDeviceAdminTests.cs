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
        tokens.Json!["devices"]!.Select(d => ((string?)d["token"], (string?)d["deviceModel"]))
            .Should().Equal(("t1", "iPhone15,2"), ("t2", null));
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
        (await client.Get("/getDeviceTokens")).Json!["devices"]!.Select(d => ((string?)d["extId"], (string?)d["token"]))
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
    [TestCase("{\"platform\":\"IOS\"}", "extId")]
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
        await client.RegisterDevice("u1", "t1", pushPermitted: false);
        await client.Post("/tagUsers", new { tag = "Sport", extIds = new[] { "u1" } });
        await client.Post("/updateEmail", new { extId = "u1", email = "a@example.com" });
        await client.Post("/sendPushApproval", new[] { new { messageId = 102 } });

        var view = await client.View();

        view["users"]!.ShouldEqualJson("""
            [{"extId":"u1","email":"a@example.com","msisdn":null,"mailPermitted":null,"smsPermitted":null,
              "attributes":{},"tags":["Sport"],"categories":{},
              "devices":[{"platform":"IOS","token":"t1","deviceModel":null,"pushPermitted":false}]}]
            """);
        view["segments"]!.ShouldEqualJson("[{\"id\":1,\"name\":\"sport\",\"type\":\"STANDARD\",\"rule\":{\"tag\":\"Sport\"},\"userCount\":1}]");
        view["messages"]!.ShouldEqualJson("[{\"id\":101,\"status\":\"pending\"},{\"id\":102,\"status\":\"approved\"}]");
    }
}
