using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>push / pull profile attributes and deleteProfileAttributeValue; values compare as JSON, type included.</summary>
public sealed class ProfileAttributeArrayTests
{
    private static async Task<ApiClient> WithProfile(string extId, string profileJson)
    {
        var client = ApiClient.Netmera();
        var response = await client.Post("/setProfileAttributes", new JArray(new JObject { ["extId"] = extId, ["profile"] = JObject.Parse(profileJson) }));
        response.ShouldBeEmptyOk();
        return client;
    }

    [Test]
    public async Task PushProfileAttributes_AddsValuesAsASet_AndCreatesAnAbsentArray()
    {
        var client = await WithProfile("u1", "{\"interests\":[\"sport\"]}");

        (await client.Post("/pushProfileAttributes", "[{\"extId\":\"u1\",\"profile\":{\"interests\":[\"music\",\"sport\",\"music\"],\"cities\":[\"Izmir\"]}}]")).ShouldBeEmptyOk();

        (await client.Profile("u1")).ShouldEqualJson("{\"interests\":[\"sport\",\"music\"],\"cities\":[\"Izmir\"]}");
    }

    [Test]
    public async Task PushProfileAttributes_UnknownExtId_CreatesTheUser()
    {
        var client = ApiClient.Netmera();
        (await client.Post("/pushProfileAttributes", "[{\"extId\":\"new-user\",\"profile\":{\"tags\":[1]}}]")).ShouldBeEmptyOk();
        (await client.Profile("new-user"))["tags"]!.Values<int>().Should().Equal(1);
    }

    [Test]
    public async Task PushProfileAttributes_OntoANonArray_DropsThatKey_AppliesTheRest()
    {
        var client = await WithProfile("u1", "{\"age\":36,\"interests\":[]}");

        var response = await client.Post("/pushProfileAttributes",
            "[{\"extId\":\"u1\",\"profile\":{\"interests\":[\"music\"]}},{\"extId\":\"u1\",\"profile\":{\"age\":[37]}}]");

        response.ShouldBeEmptyOk();
        (await client.Profile("u1")).ShouldEqualJson("{\"age\":36,\"interests\":[\"music\"]}");
        (await client.LastWarnings("pushProfileAttributes")).Should().Contain("'age'");
    }

    [Test]
    public async Task PushProfileAttributes_ValuesNotAnArray_MakesTheEntryInvalid()
    {
        var client = ApiClient.Netmera();
        (await client.Post("/pushProfileAttributes", "[{\"extId\":\"u1\",\"profile\":{\"interests\":\"music\"}}]")).ShouldBeError(400, 2009);

        (await client.Post("/pushProfileAttributes",
            "[{\"extId\":\"u1\",\"profile\":{\"interests\":\"music\"}},{\"extId\":\"u2\",\"profile\":{\"interests\":[\"music\"]}}]")).ShouldBeEmptyOk();
        (await client.Get("/getProfileAttributes?extId=u1")).ShouldBeError(400, 5016);
        (await client.Profile("u2"))["interests"]!.Values<string>().Should().Equal("music");
    }

    [Test]
    public async Task PushProfileAttributes_ByDeviceToken_TargetsTheDevicesUser_ExtIdWinning()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1");

        (await client.Post("/pushProfileAttributes", """[{"deviceToken":"t1","profile":{"interests":["a"]}},{"extId":"u2","deviceToken":"t1","profile":{"interests":["b"]}}]"""))
            .ShouldBeEmptyOk();

        (await client.Profile("u1"))["interests"]!.Values<string>().Should().Equal("a");
        (await client.Profile("u2"))["interests"]!.Values<string>().Should().Equal("b");
    }

    [Test]
    public async Task PushProfileAttributes_UnknownTokenOrDeviceWithoutUser_ChangesNothing()
    {
        var client = ApiClient.Netmera();
        (await client.Admin(HttpMethod.Post, "netmera/devices", new { platform = "WEB", token = "lonely" })).Status.Should().Be(200);

        (await client.Post("/pushProfileAttributes", """[{"deviceToken":"nope","profile":{"i":["a"]}},{"deviceToken":"lonely","profile":{"i":["a"]}}]"""))
            .ShouldBeEmptyOk();

        ((int)(await client.View())["userCount"]!).Should().Be(0);
    }

    [Test]
    public async Task PullProfileAttributes_RemovesEveryOccurrenceOfEachValue()
    {
        var client = await WithProfile("u1", "{\"interests\":[\"music\",\"sport\",\"music\",\"art\"]}");

        (await client.Post("/pullProfileAttributes", "[{\"extId\":\"u1\",\"profile\":{\"interests\":[\"music\",\"art\"]}}]")).ShouldBeEmptyOk();

        (await client.Profile("u1"))["interests"]!.Values<string>().Should().Equal("sport");
    }

    [Test]
    public async Task PullProfileAttributes_LastValue_LeavesAnEmptyArray()
    {
        var client = await WithProfile("u1", "{\"interests\":[\"music\"]}");

        (await client.Post("/pullProfileAttributes", "[{\"extId\":\"u1\",\"profile\":{\"interests\":[\"music\"],\"absent\":[1]}}]")).ShouldBeEmptyOk();

        (await client.Profile("u1")).ShouldEqualJson("{\"interests\":[]}");
    }

    [Test]
    public async Task PullProfileAttributes_ByDeviceToken_TargetsTheDevicesUser()
    {
        var client = await WithProfile("u1", "{\"interests\":[\"music\",\"art\"]}");
        await client.RegisterDevice("u1", "t1");

        (await client.Post("/pullProfileAttributes", """[{"deviceToken":"t1","profile":{"interests":["art"]}}]""")).ShouldBeEmptyOk();

        (await client.Profile("u1"))["interests"]!.Values<string>().Should().Equal("music");
    }

    [Test]
    public async Task PullProfileAttributes_UnknownExtId_IsIgnored_AndCreatesNoUser()
    {
        var client = ApiClient.Netmera();
        (await client.Post("/pullProfileAttributes", "[{\"extId\":\"ghost\",\"profile\":{\"interests\":[\"music\"]}}]")).ShouldBeEmptyOk();
        (await client.Get("/getProfileAttributes?extId=ghost")).ShouldBeError(400, 5016);
    }

    [Test]
    public async Task DeleteProfileAttributeValue_RemovesTheValueFromArraysOfEveryUser()
    {
        var client = await WithProfile("u1", "{\"interests\":[\"music\",\"sport\",\"music\"]}");
        await client.Post("/setProfileAttributes", "[{\"extId\":\"u2\",\"profile\":{\"interests\":[\"music\"]}}]");

        (await client.Post("/deleteProfileAttributeValue", new[] { new { key = "interests", value = "music" } })).ShouldBeEmptyOk();

        (await client.Profile("u1"))["interests"]!.Values<string>().Should().Equal("sport");
        (await client.Profile("u2"))["interests"]!.Should().BeEmpty();
    }

    [Test]
    public async Task DeleteProfileAttributeValue_UnsetsAnEqualScalar()
    {
        var client = await WithProfile("u1", "{\"age\":36,\"country\":\"TR\"}");

        (await client.Post("/deleteProfileAttributeValue", new[] { new { key = "age", value = 36 } })).ShouldBeEmptyOk();

        (await client.Profile("u1")).Properties().Select(p => p.Name).Should().Equal("country");
    }

    [Test]
    public async Task DeleteProfileAttributeValue_ComparesWithTheType_OneIsNotTextOne()
    {
        var client = await WithProfile("u1", "{\"level\":1,\"codes\":[1,\"1\"]}");

        (await client.Post("/deleteProfileAttributeValue", "[{\"key\":\"level\",\"value\":\"1\"},{\"key\":\"codes\",\"value\":\"1\"}]")).ShouldBeEmptyOk();

        (await client.Profile("u1")).ShouldEqualJson("{\"level\":1,\"codes\":[1]}");
    }

    [Test]
    public async Task DeleteProfileAttributeValue_NullValue_CountsAsMissing_2020()
    {
        var response = await ApiClient.Netmera().Post("/deleteProfileAttributeValue", "[{\"key\":\"age\",\"value\":null}]");
        response.ShouldBeError(400, 2020, "'value'");
    }
}
