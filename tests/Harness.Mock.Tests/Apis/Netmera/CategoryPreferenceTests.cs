using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>
/// setCategoryPreferences: opt-in/out per user, category and channel; partial acceptance; categories the
/// tenant does not define, and unknown channels, are skipped without being invalid.
/// </summary>
public sealed class CategoryPreferenceTests
{
    [Test]
    public async Task SetCategoryPreferences_WithoutChannel_StoresThePreferenceForEveryChannel()
    {
        var client = ApiClient.Netmera();

        (await client.Post("/setCategoryPreferences", new[]
        {
            new { extId = "u1", category = "Campaigns", enable = true },
            new { extId = "u1", category = "Newsletter", enable = false },
        })).ShouldBeEmptyOk();

        var preferences = (await client.ViewUser("u1"))!["categoryPreferences"]!;
        preferences["Campaigns"]!.ToObject<Dictionary<string, bool>>().Should().BeEquivalentTo(new Dictionary<string, bool>
        {
            ["MOBILE"] = true, ["SMS"] = true, ["EMAIL"] = true, ["WHATS_APP"] = true, ["IN_APP"] = true, ["WEB"] = true,
        });
        (await client.Preference("u1", "Newsletter", "SMS")).Should().BeFalse();
    }

    [Test]
    public async Task SetCategoryPreferences_WithChannel_ChangesThatChannelOnly()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setCategoryPreferences", new[] { new { extId = "u1", category = "Campaigns", enable = true } });

        (await client.Post("/setCategoryPreferences", new[] { new { extId = "u1", category = "Campaigns", enable = false, channel = "EMAIL" } }))
            .ShouldBeEmptyOk();

        (await client.Preference("u1", "Campaigns", "EMAIL")).Should().BeFalse();
        (await client.Preference("u1", "Campaigns", "MOBILE")).Should().BeTrue();
    }

    [Test]
    public async Task SetCategoryPreferences_LaterEntryForTheSameCategory_Wins()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setCategoryPreferences", new[]
        {
            new { extId = "u1", category = "Campaigns", enable = true },
            new { extId = "u1", category = "Campaigns", enable = false },
        });

        (await client.Preference("u1", "Campaigns", "MOBILE")).Should().BeFalse();
    }

    [Test]
    public async Task SetCategoryPreferences_UnknownExtId_CreatesTheUser()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setCategoryPreferences", new[] { new { extId = "new-user", category = "Campaigns", enable = true } });

        (await client.ViewUser("new-user")).Should().NotBeNull();
    }

    [Test]
    public async Task SetCategoryPreferences_UndefinedCategory_IsSkipped_OthersApplied()
    {
        var client = ApiClient.Netmera();
        (await client.Settings(new { categories = new[] { "Shopping" } })).Status.Should().Be(200);

        (await client.Post("/setCategoryPreferences", new[]
        {
            new { extId = "u1", category = "shopping", enable = true },
            new { extId = "u1", category = "Shopping", enable = true },
        })).ShouldBeEmptyOk();

        var preferences = (await client.ViewUser("u1"))!["categoryPreferences"]!;
        preferences["Shopping"].Should().NotBeNull();
        preferences["shopping"].Should().BeNull("category names are case-sensitive");
        (await client.LastWarnings("setCategoryPreferences")).Should().Contain("\\\"shopping\\\"");
    }

    [Test]
    public async Task SetCategoryPreferences_EveryEntrySkippedForItsCategoryOrChannel_Is200_AndChangesNothing()
    {
        var client = ApiClient.Netmera();
        (await client.Settings(new { categories = new[] { "Shopping" }, rejectInvalidEntries = true })).Status.Should().Be(200);

        (await client.Post("/setCategoryPreferences",
            """[{"extId":"u1","enable":true},{"extId":"u1","category":"Promotion","enable":true},{"extId":"u1","category":7,"enable":true},{"extId":"u1","category":"Shopping","channel":"PIGEON","enable":true}]"""))
            .ShouldBeEmptyOk();

        (await client.ViewUser("u1")).Should().BeNull("no entry was applied, so nobody was created");
    }

    [Test]
    public async Task SetCategoryPreferences_InvalidEntry_IsSkipped_OthersApplied()
    {
        var client = ApiClient.Netmera();

        (await client.Post("/setCategoryPreferences",
            """[{"extId":"u1","category":"c","enable":true},{"extId":"u2","category":"c","enable":"no"},{"extId":7,"category":"c","enable":true}]"""))
            .ShouldBeEmptyOk();

        (await client.Preference("u1", "c", "WEB")).Should().BeTrue();
        (await client.ViewUser("u2")).Should().BeNull();
        var warnings = await client.LastWarnings("setCategoryPreferences");
        warnings.Should().Contain("entry [1] skipped").And.Contain("entry [2] skipped");
    }

    [Test]
    public async Task SetCategoryPreferences_EveryEntryInvalid_Is2009_InvalidJson()
    {
        var response = await ApiClient.Netmera().Post("/setCategoryPreferences", """[{"extId":"u1","category":"c"},{"category":"c","enable":true}]""");
        response.ShouldBeError(400, 2009);
        ((string?)response["$.error"]).Should().Be("Invalid JSON");
    }

    [Test]
    public async Task SetCategoryPreferences_TenantRejectingInvalidEntries_OneInvalidEntry_Is2009_AndAppliesNothing()
    {
        var client = ApiClient.Netmera();
        (await client.Settings(new { rejectInvalidEntries = true })).Status.Should().Be(200);

        var response = await client.Post("/setCategoryPreferences",
            """[{"extId":"u1","category":"c","enable":true},{"extId":"u2","category":"c","enable":"no"}]""");

        response.ShouldBeError(400, 2009);
        (await client.ViewUser("u1")).Should().BeNull();
    }

    [Test]
    public async Task SetCategoryPreferences_ObjectInsteadOfArray_Is2009()
    {
        var response = await ApiClient.Netmera().Post("/setCategoryPreferences", new { extId = "u1", category = "c", enable = true });
        response.ShouldBeError(400, 2009);
    }

    [Test]
    public async Task SetCategoryPreferences_EmptyArray_Is2020()
    {
        (await ApiClient.Netmera().Post("/setCategoryPreferences", "[]")).ShouldBeError(400, 2020);
    }

    [Test]
    public async Task SetCategoryPreferences_1001UniqueExtIdsAcrossItems_Is2004()
    {
        var items = NetmeraCalls.Ids(1001).Select(id => new { extId = id, category = "c", enable = true });
        var response = await ApiClient.Netmera().Post("/setCategoryPreferences", items);
        response.ShouldBeError(400, 2004, "1000");
    }

    [Test]
    public async Task SetCategoryPreferences_1001ItemsOf1000Users_IsAccepted()
    {
        var items = NetmeraCalls.Ids(1000).Append("u1").Select(id => new { extId = id, category = "c", enable = true });
        (await ApiClient.Netmera().Post("/setCategoryPreferences", items)).ShouldBeEmptyOk();
    }
}
