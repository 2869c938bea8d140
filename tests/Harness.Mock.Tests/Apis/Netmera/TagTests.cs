using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>tagUsers / untagUsers: tags are a set; tagging creates users, untagging ignores unknown ones.</summary>
public sealed class TagTests
{
    [Test]
    public async Task TagUsers_AddsTheTagToEveryListedUser()
    {
        var client = ApiClient.Netmera();

        (await client.Post("/tagUsers", new { tag = "Sport", extIds = new[] { "u1", "u2" } })).ShouldBeEmptyOk();

        (await client.ViewUser("u1"))!["tags"]!.Values<string>().Should().Equal("Sport");
        (await client.ViewUser("u2"))!["tags"]!.Values<string>().Should().Equal("Sport");
    }

    [Test]
    public async Task TagUsers_Twice_KeepsOneTag()
    {
        var client = ApiClient.Netmera();
        await client.Post("/tagUsers", new { tag = "Sport", extIds = new[] { "u1" } });
        await client.Post("/tagUsers", new { tag = "Sport", extIds = new[] { "u1", "u1" } });

        (await client.ViewUser("u1"))!["tags"]!.Values<string>().Should().Equal("Sport");
    }

    [Test]
    public async Task TagUsers_UnknownExtId_CreatesTheUser()
    {
        var client = ApiClient.Netmera();
        await client.Post("/tagUsers", new { tag = "Sport", extIds = new[] { "new-user" } });

        (await client.Get("/getProfileAttributes?extId=new-user")).Status.Should().Be(200);
    }

    [Test]
    public async Task UntagUsers_RemovesTheTag_KeepsOthers()
    {
        var client = ApiClient.Netmera();
        await client.Post("/tagUsers", new { tag = "Sport", extIds = new[] { "u1" } });
        await client.Post("/tagUsers", new { tag = "News", extIds = new[] { "u1" } });

        (await client.Post("/untagUsers", new { tag = "Sport", extIds = new[] { "u1" } })).ShouldBeEmptyOk();

        (await client.ViewUser("u1"))!["tags"]!.Values<string>().Should().Equal("News");
    }

    [Test]
    public async Task TagUsers_SeveralTags_AddsEach()
    {
        var client = ApiClient.Netmera();

        (await client.Post("/tagUsers", new { tag = new[] { "Sport", "News", "Sport" }, extIds = new[] { "u1" } })).ShouldBeEmptyOk();

        (await client.ViewUser("u1"))!["tags"]!.Values<string>().Should().Equal("News", "Sport");
    }

    [Test]
    public async Task TagUsers_EmptyTagList_Is2020()
    {
        (await ApiClient.Netmera().Post("/tagUsers", new { tag = Array.Empty<string>(), extIds = new[] { "u1" } })).ShouldBeError(400, 2020, "'tag'");
    }

    [Test]
    public async Task TagUsers_TagListWithANumber_Is2004()
    {
        (await ApiClient.Netmera().Post("/tagUsers", """{"tag":["a",1],"extIds":["u1"]}""")).ShouldBeError(400, 2004);
    }

    [Test]
    public async Task UntagUsers_SeveralTags_RemovesEach()
    {
        var client = ApiClient.Netmera();
        await client.Post("/tagUsers", new { tag = new[] { "Sport", "News", "Keep" }, extIds = new[] { "u1" } });

        (await client.Post("/untagUsers", new { tag = new[] { "Sport", "News" }, extIds = new[] { "u1" } })).ShouldBeEmptyOk();

        (await client.ViewUser("u1"))!["tags"]!.Values<string>().Should().Equal("Keep");
    }

    [Test]
    public async Task UntagUsers_CheckExistence_ListsUnknownExtIds_InRequestOrder_Once()
    {
        var client = ApiClient.Netmera();
        await client.CreateUsers("u1");

        var response = await client.Post("/untagUsers", new { tag = "created", extIds = new[] { "z", "u1", "a", "z" }, checkExistence = true });

        response.Status.Should().Be(200, response.Text);
        response.Json.ShouldEqualJson("""{"notExist":["z","a"]}""");
        (await client.ViewUser("u1"))!["tags"]!.Should().BeEmpty();
    }

    [Test]
    public async Task UntagUsers_CheckExistence_AllKnown_ListsNone()
    {
        var client = ApiClient.Netmera();
        await client.CreateUsers("u1");

        var response = await client.Post("/untagUsers", new { tag = "x", extIds = new[] { "u1" }, checkExistence = true });

        response.Json.ShouldEqualJson("""{"notExist":[]}""");
    }

    [Test]
    public async Task UntagUsers_CheckExistenceFalse_AnswersAnEmptyBody()
    {
        (await ApiClient.Netmera().Post("/untagUsers", new { tag = "x", extIds = new[] { "ghost" }, checkExistence = false })).ShouldBeEmptyOk();
    }

    [Test]
    public async Task UntagUsers_UnknownExtId_IsIgnored_AndCreatesNoUser()
    {
        var client = ApiClient.Netmera();

        (await client.Post("/untagUsers", new { tag = "Sport", extIds = new[] { "ghost" } })).ShouldBeEmptyOk();

        (await client.Get("/getProfileAttributes?extId=ghost")).ShouldBeError(400, 5016);
    }

    [Test]
    public async Task TagUsers_MissingExtIds_Is2020()
    {
        var response = await ApiClient.Netmera().Post("/tagUsers", new { tag = "Sport" });
        response.ShouldBeError(400, 2020, "'extIds'");
    }

    [Test]
    public async Task TagUsers_NullTag_CountsAsMissing_2020()
    {
        var response = await ApiClient.Netmera().Post("/tagUsers", "{\"tag\":null,\"extIds\":[\"u1\"]}");
        response.ShouldBeError(400, 2020, "'tag'");
    }

    [Test]
    public async Task TagUsers_1001UniqueExtIds_Is2004_NamingTheLimit()
    {
        var client = ApiClient.Netmera();
        var response = await client.Post("/tagUsers", new { tag = "Sport", extIds = NetmeraCalls.Ids(1001) });

        response.ShouldBeError(400, 2004, "1000");
        ((int)(await client.View())["userCount"]!).Should().Be(0);
    }

    [Test]
    public async Task TagUsers_1001ExtIdsWithDuplicates_CountsUniqueIds_AndIsAccepted()
    {
        var client = ApiClient.Netmera();
        var ids = NetmeraCalls.Ids(1000).Append("u1").ToArray();

        (await client.Post("/tagUsers", new { tag = "Sport", extIds = ids })).ShouldBeEmptyOk();

        ((int)(await client.View())["userCount"]!).Should().Be(1000);
    }

    [Test]
    public async Task UntagUsers_1001UniqueExtIds_Is2004()
    {
        var response = await ApiClient.Netmera().Post("/untagUsers", new { tag = "Sport", extIds = NetmeraCalls.Ids(1001) });
        response.ShouldBeError(400, 2004, "At most 1000 unique external ids");
    }
}
