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
    public async Task PushProfileAttributes_AppendsValues_AndCreatesAnAbsentArray()
    {
        var client = await WithProfile("u1", "{\"interests\":[\"sport\"]}");

        (await client.Post("/pushProfileAttributes", "[{\"extId\":\"u1\",\"profile\":{\"interests\":[\"music\",\"sport\"],\"cities\":[\"Izmir\"]}}]")).ShouldBeEmptyOk();

        (await client.Profile("u1")).ShouldEqualJson("{\"interests\":[\"sport\",\"music\",\"sport\"],\"cities\":[\"Izmir\"]}");
    }

    [Test]
    public async Task PushProfileAttributes_UnknownExtId_CreatesTheUser()
    {
        var client = ApiClient.Netmera();
        (await client.Post("/pushProfileAttributes", "[{\"extId\":\"new-user\",\"profile\":{\"tags\":[1]}}]")).ShouldBeEmptyOk();
        (await client.Profile("new-user"))["tags"]!.Values<int>().Should().Equal(1);
    }

    [Test]
    public async Task PushProfileAttributes_OntoANonArray_Is2004_AndAppliesNothing()
    {
        var client = await WithProfile("u1", "{\"age\":36,\"interests\":[]}");

        var response = await client.Post("/pushProfileAttributes",
            "[{\"extId\":\"u1\",\"profile\":{\"interests\":[\"music\"]}},{\"extId\":\"u1\",\"profile\":{\"age\":[37]}}]");

        response.ShouldBeError(400, 2004, "'age'");
        (await client.Profile("u1")).ShouldEqualJson("{\"age\":36,\"interests\":[]}");
    }

    [Test]
    public async Task PushProfileAttributes_ValuesNotAnArray_Is2004()
    {
        var response = await ApiClient.Netmera().Post("/pushProfileAttributes", "[{\"extId\":\"u1\",\"profile\":{\"interests\":\"music\"}}]");
        response.ShouldBeError(400, 2004, "Field 'interests' should be an array");
    }

    [Test]
    public async Task PullProfileAttributes_RemovesEveryOccurrenceOfEachValue()
    {
        var client = await WithProfile("u1", "{\"interests\":[\"music\",\"sport\",\"music\",\"art\"]}");

        (await client.Post("/pullProfileAttributes", "[{\"extId\":\"u1\",\"profile\":{\"interests\":[\"music\",\"art\"]}}]")).ShouldBeEmptyOk();

        (await client.Profile("u1"))["interests"]!.Values<string>().Should().Equal("sport");
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
