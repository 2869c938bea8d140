using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>deleteUsersPermanently: everything of the user goes; the feature can be switched off per tenant.</summary>
public sealed class DeleteUsersTests
{
    private static async Task<ApiClient> UserWithEverything(string extId)
    {
        var client = ApiClient.Netmera();
        await client.Settings(new { segments = new[] { new { id = 1, name = "sport", type = "STANDARD", rule = new { tag = "Sport" } } } });
        await client.RegisterDevice(extId, $"{extId}-token");
        await client.Post("/tagUsers", new { tag = "Sport", extIds = new[] { extId } });
        await client.Post("/setCategoryPreferences", new[] { new { extId, category = "Campaigns", enable = true } });
        await client.Post("/setProfileAttributes", new[] { new { extId, profile = new { country = "TR" } } });
        return client;
    }

    [Test]
    public async Task DeleteUsers_RemovesUsersWithTheirDevicesTagsPreferencesAndAttributes()
    {
        var client = await UserWithEverything("u1");
        await client.RegisterDevice("u2", "u2-token");

        (await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u1" } })).ShouldBeEmptyOk();

        (await client.Get("/getProfileAttributes?extId=u1")).ShouldBeError(400, 5016);
        (await client.Get("/getDevices?extId=u1")).ShouldBeError(400, 5016);
        (await client.Post("/disablePush", new { deviceToken = "u1-token" })).ShouldBeError(400, 5016);
        (await client.SegmentCount(1)).Should().Be(0);
        var tokens = await client.Get("/getDeviceTokens");
        tokens.Json!["devices"]!.Select(d => (string?)d["token"]).Should().Equal("u2-token");
    }

    [Test]
    public async Task DeleteUsers_RecreatedUser_StartsEmpty()
    {
        var client = await UserWithEverything("u1");
        await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u1" } });

        await client.Post("/updateEmail", new { extId = "u1", email = "again@example.com" });

        var user = (await client.ViewUser("u1"))!;
        user["tags"]!.Should().BeEmpty();
        user["categories"]!.Should().BeEmpty();
        user["attributes"]!.Should().BeEmpty();
        user["devices"]!.Should().BeEmpty();
    }

    [Test]
    public async Task DeleteUsers_UnknownExtIds_AreIgnored()
    {
        var client = await UserWithEverything("u1");

        (await client.Post("/deleteUsersPermanently", new { extIds = new[] { "ghost", "u1" } })).ShouldBeEmptyOk();

        ((int)(await client.View())["userCount"]!).Should().Be(0);
    }

    [Test]
    public async Task DeleteUsers_OnByDefault()
    {
        var client = await UserWithEverything("u1");
        (await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u1" } })).ShouldBeEmptyOk();
    }

    [Test]
    public async Task DeleteUsers_FeatureOff_Is403_2022_AndDeletesNothing()
    {
        var client = await UserWithEverything("u1");
        (await client.Settings(new { deleteUsersEnabled = false })).Status.Should().Be(200);

        var response = await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u1" } });

        response.ShouldBeError(403, 2022);
        (await client.Profile("u1")).Should().NotBeEmpty();
    }

    [Test]
    public async Task DeleteUsers_MissingExtIds_Is2020()
    {
        var response = await ApiClient.Netmera().Post("/deleteUsersPermanently", new { });
        response.ShouldBeError(400, 2020, "'extIds'");
    }

    [Test]
    public async Task DeleteUsers_1001UniqueExtIds_Is2004()
    {
        var response = await ApiClient.Netmera().Post("/deleteUsersPermanently", new { extIds = NetmeraCalls.Ids(1001) });
        response.ShouldBeError(400, 2004, "1000");
    }
}
