using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>set / unset / delete / get profile attributes.</summary>
public sealed class ProfileAttributeTests
{
    [Test]
    public async Task SetProfileAttributes_OverwritesGivenKeys_KeepsOthers()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setProfileAttributes", new[] { new { extId = "u1", profile = new { name = "Ada", age = 36 } } });

        (await client.Post("/setProfileAttributes", new[] { new { extId = "u1", profile = new { age = 37 } } })).ShouldBeEmptyOk();

        (await client.Profile("u1")).ShouldEqualJson("{\"name\":\"Ada\",\"age\":37}");
    }

    [Test]
    public async Task SetProfileAttributes_UnknownExtId_CreatesTheUser()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setProfileAttributes", new[] { new { extId = "new-user", profile = new { country = "TR" } } });

        ((string?)(await client.Profile("new-user"))["country"]).Should().Be("TR");
    }

    [Test]
    public async Task SetProfileAttributes_NullValue_CountsAsMissing_AndKeepsTheOldValue()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setProfileAttributes", new[] { new { extId = "u1", profile = new { country = "TR" } } });

        (await client.Post("/setProfileAttributes", "[{\"extId\":\"u1\",\"profile\":{\"country\":null}}]")).ShouldBeEmptyOk();

        ((string?)(await client.Profile("u1"))["country"]).Should().Be("TR");
    }

    [Test]
    public async Task SetProfileAttributes_SecondItemMissingProfile_Is2020_AndAppliesNothing()
    {
        var client = ApiClient.Netmera();
        var response = await client.Post("/setProfileAttributes", "[{\"extId\":\"u1\",\"profile\":{\"a\":1}},{\"extId\":\"u2\"}]");

        response.ShouldBeError(400, 2020, "'profile'");
        (await client.Get("/getProfileAttributes?extId=u1")).ShouldBeError(400, 5016);
    }

    [Test]
    public async Task SetProfileAttributes_1001UniqueExtIdsAcrossItems_Is2004()
    {
        var items = NetmeraCalls.Ids(1001).Select(id => new { extId = id, profile = new { a = 1 } });
        var response = await ApiClient.Netmera().Post("/setProfileAttributes", items);
        response.ShouldBeError(400, 2004, "1000");
    }

    [Test]
    public async Task UnsetProfileAttributes_RemovesTheKeys()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setProfileAttributes", new[] { new { extId = "u1", profile = new { name = "Ada", age = 36, country = "TR" } } });

        (await client.Post("/unsetProfileAttributes", new[] { new { extId = "u1", profile = new[] { "age", "country", "absent" } } })).ShouldBeEmptyOk();

        (await client.Profile("u1")).Properties().Select(p => p.Name).Should().Equal("name");
    }

    [Test]
    public async Task UnsetProfileAttributes_UnknownExtId_IsIgnored_AndCreatesNoUser()
    {
        var client = ApiClient.Netmera();
        (await client.Post("/unsetProfileAttributes", new[] { new { extId = "ghost", profile = new[] { "age" } } })).ShouldBeEmptyOk();
        (await client.Get("/getProfileAttributes?extId=ghost")).ShouldBeError(400, 5016);
    }

    [Test]
    public async Task UnsetProfileAttributes_ProfileNotAnArray_Is2004()
    {
        var response = await ApiClient.Netmera().Post("/unsetProfileAttributes", new[] { new { extId = "u1", profile = "age" } });
        response.ShouldBeError(400, 2004, "Field 'profile' should be an array");
    }

    [Test]
    public async Task DeleteProfileAttributes_RemovesTheKeysFromEveryUser()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setProfileAttributes", new[]
        {
            new { extId = "u1", profile = new JObject { ["legacy"] = 1, ["keep"] = 1 } },
            new { extId = "u2", profile = new JObject { ["legacy"] = 2 } },
        });

        (await client.Post("/deleteProfileAttributes", new[] { new { profile = new[] { "legacy" } } })).ShouldBeEmptyOk();

        (await client.Profile("u1")).Properties().Select(p => p.Name).Should().Equal("keep");
        (await client.Profile("u2")).Should().BeEmpty();
    }

    [Test]
    public async Task GetProfileAttributes_AnswersExtIdAndProfile_WithoutEmailOrMsisdn()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setProfileAttributes", new[] { new { extId = "u1", profile = new { name = "Ada" } } });
        await client.Post("/updateEmail", new { extId = "u1", email = "ada@example.com" });
        await client.Post("/updateMsisdn", new { extId = "u1", msisdn = "905551112233" });

        var response = await client.Get("/getProfileAttributes?extId=u1");

        response.Status.Should().Be(200);
        response.Json.ShouldEqualJson("{\"extId\":\"u1\",\"profile\":{\"name\":\"Ada\"}}");
    }

    [Test]
    public async Task GetProfileAttributes_UnknownExtId_Is5016()
    {
        var response = await ApiClient.Netmera().Get("/getProfileAttributes?extId=nobody");
        response.ShouldBeError(400, 5016);
    }

    [Test]
    public async Task GetProfileAttributes_WithoutExtId_Is2020()
    {
        var response = await ApiClient.Netmera().Get("/getProfileAttributes");
        response.ShouldBeError(400, 2020, "'extId'");
    }
}
