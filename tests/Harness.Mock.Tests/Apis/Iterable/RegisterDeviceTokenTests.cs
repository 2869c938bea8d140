using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>POST /api/users/registerDeviceToken.</summary>
public sealed class RegisterDeviceTokenTests
{
    private static async Task<JArray> Devices(ApiClient client, string email = "a@example.com") =>
        (JArray?)(await client.GetByEmail(email)).Json!["user"]?["dataFields"]?["devices"] ?? [];

    [Test]
    public async Task Register_UnknownEmail_CreatesTheProfile_AsUpdateWould()
    {
        var client = ApiClient.Iterable();
        var response = await client.Register("new@example.com", "tok-1");

        response.ShouldBeSuccess();
        response.ShouldMatchContract("registerDeviceToken");
        ((string?)(await client.GetByEmail("new@example.com"))["$.user.dataFields.signupSource"]).Should().Be("API");
    }

    [Test]
    public async Task Register_UnknownUserIdInEmailProject_FollowsTheUpdateRules()
    {
        var client = ApiClient.Iterable();
        var device = new { token = "tok-1", platform = "APNS", applicationName = "app" };

        (await client.Register(new { userId = "u1", device })).ShouldBeError(400, "UnknownUserIdError");
        (await client.Register(new { userId = "u1", preferUserId = true, device })).ShouldBeSuccess();

        ((string?)(await client.GetByUserId("u1"))["$.user.email"]).Should().EndWith("@placeholder.email");
    }

    [Test]
    public async Task Register_StoresTheDeviceFlat_InDataFieldsDevices()
    {
        var client = ApiClient.Iterable();
        await client.Register("a@example.com", "tok-1", "GCM", new { tokenRegistrationType = "FCM", appVersion = "2.4.1" });

        var devices = await Devices(client);
        devices.ShouldBeJson(JArray.Parse("""
            [{"token":"tok-1","platform":"GCM","applicationName":"com.example.app","endpointEnabled":true,
              "tokenRegistrationType":"FCM","appVersion":"2.4.1"}]
            """));
    }

    [Test]
    public async Task Register_SameTokenAgain_ReplacesPlatformAndApp_MergesDataFields_AndReEnables()
    {
        var client = ApiClient.Iterable();
        await client.Register("a@example.com", "tok-1", "APNS_SANDBOX", new { appVersion = "1.0", deviceId = "d1" });
        await client.Disable(new { token = "tok-1" });

        await client.Register(new
        {
            email = "a@example.com",
            device = new { token = "tok-1", platform = "APNS", applicationName = "com.example.other", dataFields = new { appVersion = "2.0" } },
        });

        (await Devices(client)).ShouldBeJson(JArray.Parse("""
            [{"token":"tok-1","platform":"APNS","applicationName":"com.example.other","endpointEnabled":true,"appVersion":"2.0","deviceId":"d1"}]
            """));
    }

    [Test]
    public async Task Register_NewToken_IsAppended()
    {
        var client = ApiClient.Iterable();
        await client.Register("a@example.com", "tok-1");
        await client.Register("a@example.com", "tok-2", "APNS");

        (await Devices(client)).Select(d => (string?)d["token"]).Should().Equal("tok-1", "tok-2");
    }

    [Test]
    public async Task Register_SameTokenOnAnotherProfile_LeavesTheOthersAsTheyAre()
    {
        var client = ApiClient.Iterable();
        await client.Register("a@example.com", "shared", "GCM", new { owner = "a" });
        await client.Disable(new { token = "shared", email = "a@example.com" });

        (await client.Register("b@example.com", "shared", "GCM", new { owner = "b" })).ShouldBeSuccess();

        var onA = (await Devices(client, "a@example.com")).Single();
        ((bool?)onA["endpointEnabled"]).Should().BeFalse();
        ((string?)onA["owner"]).Should().Be("a");
        ((bool?)(await Devices(client, "b@example.com")).Single()["endpointEnabled"]).Should().BeTrue();
    }

    [Test]
    public async Task Register_501stDevice_IsBadParams_ButReRegisteringOneOfThe500IsFine()
    {
        var client = ApiClient.Iterable();
        for (var i = 0; i < 500; i++)
        {
            (await client.Register("a@example.com", $"tok-{i}")).ShouldBeSuccess();
        }

        var over = await client.Register("a@example.com", "tok-500");
        over.ShouldBeError(400, "BadParams");
        over.ShouldMatchContract("registerDeviceToken");
        (await client.Register("a@example.com", "tok-123", "APNS")).ShouldBeSuccess();
        (await Devices(client)).Should().HaveCount(500);
    }

    [Test]
    public async Task Register_EmptyToken_IsBadParams()
    {
        var client = ApiClient.Iterable();
        (await client.Register("a@example.com", "")).ShouldBeError(400, "BadParams");
        (await client.GetByEmail("a@example.com")).Json.ShouldBeJson(new JObject());
    }

    [Test]
    public async Task Register_WithBothEmailAndUserId_IsAccepted_AndWarnedInTheJournal()
    {
        var client = ApiClient.Iterable();
        var response = await client.Register(new
        {
            email = "a@example.com",
            userId = "u1",
            device = new { token = "tok-1", platform = "GCM", applicationName = "app" },
        });

        response.ShouldBeSuccess();
        ((string?)(await client.GetByUserId("u1"))["$.user.email"]).Should().Be("a@example.com");
        var journal = await client.Admin(HttpMethod.Get, "requests?operation=registerDeviceToken");
        journal.Json!["requests"]!.Should().ContainSingle()
            .Which["warnings"]!.Values<string>().Should().ContainSingle(w => w!.Contains("both email and userId", StringComparison.Ordinal));
    }

    [Test]
    public async Task Register_BothGiven_InHybrid_LoserHeldElsewhere_Is409_AndNothingChanges()
    {
        var client = ApiClient.Iterable();
        await client.ProjectType("hybrid");
        await client.Update(new { userId = "u1" });
        await client.Update(new { email = "taken@example.com" });

        var response = await client.Register(new
        {
            email = "taken@example.com",
            userId = "u1",
            device = new { token = "tok-1", platform = "GCM", applicationName = "app" },
        });

        response.ShouldBeError(409, "ExternalKeyConflict");
        response.ShouldMatchContract("registerDeviceToken");
        (await client.GetByUserId("u1"))["$.user.dataFields.devices"].Type.Should().Be(JTokenType.Null);
    }

    [Test]
    public async Task Register_RefreshesProfileUpdatedAt()
    {
        await using var mock = await ClockedMock.StartAsync();
        var client = mock.Client();
        await client.Update(new { email = "a@example.com" });

        mock.Time.Advance(TimeSpan.FromSeconds(5));
        await client.Register("a@example.com", "tok-1");

        ((string?)(await client.GetByEmail("a@example.com"))["$.user.dataFields.profileUpdatedAt"]).Should().Be("2026-03-14 15:09:31 +00:00");
    }
}
