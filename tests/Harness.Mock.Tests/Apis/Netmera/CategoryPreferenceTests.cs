using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>setCategoryPreferences stores opt-in/out per user and category; category is a text.</summary>
public sealed class CategoryPreferenceTests
{
    [Test]
    public async Task SetCategoryPreferences_StoresOptInAndOptOut()
    {
        var client = ApiClient.Netmera();

        (await client.Post("/setCategoryPreferences", new[]
        {
            new { extId = "u1", category = "Campaigns", enable = true },
            new { extId = "u1", category = "Newsletter", enable = false },
        })).ShouldBeEmptyOk();

        var categories = (await client.ViewUser("u1"))!["categories"]!;
        ((bool)categories["Campaigns"]!).Should().BeTrue();
        ((bool)categories["Newsletter"]!).Should().BeFalse();
    }

    [Test]
    public async Task SetCategoryPreferences_LaterItemForTheSameCategory_Wins()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setCategoryPreferences", new[]
        {
            new { extId = "u1", category = "Campaigns", enable = true },
            new { extId = "u1", category = "Campaigns", enable = false },
        });

        ((bool)(await client.ViewUser("u1"))!["categories"]!["Campaigns"]!).Should().BeFalse();
    }

    [Test]
    public async Task SetCategoryPreferences_UnknownExtId_CreatesTheUser()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setCategoryPreferences", new[] { new { extId = "new-user", category = "Campaigns", enable = true } });

        (await client.ViewUser("new-user")).Should().NotBeNull();
    }

    [Test]
    public async Task SetCategoryPreferences_CategoryAsNumber_Is2004()
    {
        var response = await ApiClient.Netmera().Post("/setCategoryPreferences", new[] { new { extId = "u1", category = 12, enable = true } });
        response.ShouldBeError(400, 2004, "Field 'category' should be a text");
    }

    [Test]
    public async Task SetCategoryPreferences_MissingEnable_Is2020()
    {
        var response = await ApiClient.Netmera().Post("/setCategoryPreferences", new[] { new { extId = "u1", category = "c" } });
        response.ShouldBeError(400, 2020, "'enable'");
    }

    [Test]
    public async Task SetCategoryPreferences_ObjectInsteadOfArray_Is2004()
    {
        var response = await ApiClient.Netmera().Post("/setCategoryPreferences", new { extId = "u1", category = "c", enable = true });
        response.ShouldBeError(400, 2004);
    }

    [Test]
    public async Task SetCategoryPreferences_OneBadItem_AppliesNothing()
    {
        var client = ApiClient.Netmera();
        var response = await client.Post("/setCategoryPreferences",
            "[{\"extId\":\"u1\",\"category\":\"c\",\"enable\":true},{\"extId\":\"u2\",\"category\":\"c\",\"enable\":\"no\"}]");

        response.ShouldBeError(400, 2004);
        (await client.ViewUser("u1")).Should().BeNull();
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
