using FluentAssertions;
using Newtonsoft.Json.Linq;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>
/// deleteUsersPermanently: every extId must name a user; everything of the user goes, or, with the feature
/// off, the users are only untracked.
/// </summary>
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
        (await client.Devices("u1")).Should().BeEmpty();
        (await client.SegmentCount(1)).Should().Be(0);
        var tokens = await client.Get("/getDeviceTokens");
        tokens.Json!["devices"]!.Select(d => (string?)d["deviceToken"]).Should().Equal("u2-token");
        (await client.ViewUser("u1")).Should().BeNull();
    }

    [Test]
    public async Task DeleteUsers_RecreatedUser_StartsEmpty()
    {
        var client = await UserWithEverything("u1");
        await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u1" } });

        await client.Post("/tagUsers", new { tag = "Again", extIds = new[] { "u1" } });

        var user = (await client.ViewUser("u1"))!;
        user["tags"]!.Values<string>().Should().Equal("Again");
        user["categoryPreferences"]!.Should().BeEmpty();
        user["attributes"]!.Should().BeEmpty();
        user["devices"]!.Should().BeEmpty();
    }

    [Test]
    public async Task DeleteUsers_OneUnknownExtId_Is5016_NamingIt_AndDeletesNothing()
    {
        var client = await UserWithEverything("u1");

        var response = await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u1", "ghost" } });

        response.ShouldBeError(400, 5016, "User with external id 'ghost' does not exist or has already been permanently deleted");
        (await client.ViewUser("u1")).Should().NotBeNull();
    }

    [Test]
    public async Task DeleteUsers_OnByDefault()
    {
        var client = await UserWithEverything("u1");
        (await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u1" } })).ShouldBeEmptyOk();
        ((int)(await client.View())["userCount"]!).Should().Be(0);
    }

    [Test]
    public async Task DeleteUsers_FeatureOff_Is200_AndOnlyUntracks_KeepingTheData()
    {
        var client = await UserWithEverything("u1");
        (await client.Settings(new { deleteUsersEnabled = false })).Status.Should().Be(200);

        (await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u1" } })).ShouldBeEmptyOk();

        (await client.Profile("u1")).Should().ContainKey("country");
        (await client.Devices("u1")).Should().ContainSingle();
        (await client.ViewUser("u1"))!["untracked"]!.Value<bool>().Should().BeTrue();
        (await client.SegmentCount(1)).Should().Be(0, "untracked users are excluded from counts");
        var members = await client.Get("/getSegmentUsers?id=1");
        members.Json!["list"]!.Should().BeEmpty("untracked users are excluded from targeting");
    }

    [Test]
    public async Task DeleteUsers_FeatureOff_UnknownExtId_Is5016_Too()
    {
        var client = await UserWithEverything("u1");
        await client.Settings(new { deleteUsersEnabled = false });

        (await client.Post("/deleteUsersPermanently", new { extIds = new[] { "ghost" } })).ShouldBeError(400, 5016, "'ghost'");
    }

    [Test]
    public async Task UntrackedUser_IsTrackedAgainByALaterWrite()
    {
        var client = await UserWithEverything("u1");
        await client.Settings(new { deleteUsersEnabled = false });
        await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u1" } });

        (await client.Post("/setProfileAttributes", new[] { new { extId = "u1", profile = new { country = "DE" } } })).ShouldBeEmptyOk();

        (await client.ViewUser("u1"))!["untracked"]!.Value<bool>().Should().BeFalse();
        (await client.SegmentCount(1)).Should().Be(1);
    }

    [Test]
    public async Task UntrackedUser_CanStillBeDeletedPermanently()
    {
        var client = await UserWithEverything("u1");
        await client.Settings(new { deleteUsersEnabled = false });
        await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u1" } });
        await client.Settings(new { deleteUsersEnabled = true });

        (await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u1" } })).ShouldBeEmptyOk();

        (await client.ViewUser("u1")).Should().BeNull();
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
