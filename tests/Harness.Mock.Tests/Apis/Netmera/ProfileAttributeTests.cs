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
    public async Task SetProfileAttributes_EntryWithoutProfile_IsSkipped_OthersApplied()
    {
        var client = ApiClient.Netmera();
        var response = await client.Post("/setProfileAttributes", """[{"extId":"u1","profile":{"a":1}},{"extId":"u2"},{"extId":"u3","profile":[]},"u4"]""");

        response.ShouldBeEmptyOk();
        ((int)(await client.Profile("u1"))["a"]!).Should().Be(1);
        (await client.Get("/getProfileAttributes?extId=u2")).ShouldBeError(400, 5016);
        (await client.LastWarnings("setProfileAttributes")).Should().Contain("entry [1] skipped").And.Contain("entry [2] skipped").And.Contain("entry [3] skipped");
    }

    [Test]
    public async Task SetProfileAttributes_ManyInvalidEntries_DescribesTheFirstHundred_CountsTheRest_AndAppliesTheValidOnes()
    {
        var client = ApiClient.Netmera();
        var entries = Enumerable.Range(0, 250).Select(i => $$$"""{"extId":{{{i}}},"profile":{}}""")
            .Prepend("""{"extId":"first","profile":{"n":1}}""").Append("""{"extId":"last","profile":{"n":2}}""");

        var response = await client.Post("/setProfileAttributes", "[" + string.Join(",", entries) + "]");

        response.ShouldBeEmptyOk();
        ((int)(await client.Profile("first"))["n"]!).Should().Be(1);
        ((int)(await client.Profile("last"))["n"]!).Should().Be(2);
        (await client.LastWarnings("setProfileAttributes")).Should().Contain("entry [1] skipped").And.Contain("entry [100] skipped")
            .And.NotContain("entry [101] skipped").And.Contain("150 more entries skipped");
    }

    [Test]
    public async Task SetProfileAttributes_EveryEntryInvalid_Is2009_AndAppliesNothing()
    {
        var client = ApiClient.Netmera();
        var response = await client.Post("/setProfileAttributes", """[{"extId":"u1"},{"extId":5,"profile":{"a":1}},{"extId":null,"profile":{"a":1}}]""");

        response.ShouldBeError(400, 2009, "Invalid JSON");
        ((int)(await client.View())["userCount"]!).Should().Be(0);
    }

    [Test]
    public async Task SetProfileAttributes_TenantRejectingInvalidEntries_OneInvalidEntry_Is2009_AndAppliesNothing()
    {
        var client = ApiClient.Netmera();
        await client.Settings(new { rejectInvalidEntries = true });

        var response = await client.Post("/setProfileAttributes", """[{"extId":"u1","profile":{"a":1}},{"extId":"u2"}]""");

        response.ShouldBeError(400, 2009);
        ((int)(await client.View())["userCount"]!).Should().Be(0);
    }

    [Test]
    public async Task SetProfileAttributes_ArrayValue_IsReplacedWhole()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setProfileAttributes", """[{"extId":"u1","profile":{"interests":["a","b"]}}]""");

        await client.Post("/setProfileAttributes", """[{"extId":"u1","profile":{"interests":["c"]}}]""");

        (await client.Profile("u1"))["interests"]!.Values<string>().Should().Equal("c");
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
    public async Task UnsetProfileAttributes_ProfileNotAList_MakesTheEntryInvalid()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setProfileAttributes", """[{"extId":"u1","profile":{"age":1,"name":"A"}}]""");

        (await client.Post("/unsetProfileAttributes", new[] { new { extId = "u1", profile = "age" } })).ShouldBeError(400, 2009);
        (await client.Post("/unsetProfileAttributes", """[{"extId":"u1","profile":"age"},{"extId":"u1","profile":["name"]}]""")).ShouldBeEmptyOk();

        (await client.Profile("u1")).Properties().Select(p => p.Name).Should().Equal("age");
    }

    [Test]
    public async Task UnsetProfileAttributes_MissingOrEmptyProfile_RemovesNothing()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setProfileAttributes", """[{"extId":"u1","profile":{"age":1}}]""");

        (await client.Post("/unsetProfileAttributes", """[{"extId":"u1"},{"extId":"u1","profile":[]}]""")).ShouldBeEmptyOk();

        (await client.Profile("u1")).Should().ContainKey("age");
    }

    [Test]
    public async Task UnsetProfileAttributes_ObjectBody_Is2009()
    {
        (await ApiClient.Netmera().Post("/unsetProfileAttributes", new { extId = "u1", profile = new[] { "age" } })).ShouldBeError(400, 2009);
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

    [TestCase("{\"profile\":[\"legacy\"]}")]
    [TestCase("[]")]
    [TestCase("[{\"profile\":\"legacy\"},{\"other\":1},7]")]
    [TestCase("\"legacy\"")]
    public async Task DeleteProfileAttributes_IsNotValidated_AnythingElseChangesNothing(string body)
    {
        var client = ApiClient.Netmera();
        await client.Post("/setProfileAttributes", """[{"extId":"u1","profile":{"legacy":1}}]""");

        (await client.Post("/deleteProfileAttributes", body)).ShouldBeEmptyOk();

        (await client.Profile("u1")).Should().ContainKey("legacy");
    }

    [Test]
    public async Task DeleteProfileAttributes_BodyThatIsNotJson_Is2009()
    {
        (await ApiClient.Netmera().Post("/deleteProfileAttributes", "[{")).ShouldBeError(400, 2009);
    }

    [Test]
    public async Task GetProfileAttributes_ByDeviceToken_AnswersTheDevicesUser_WithExtIdNull()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1");
        await client.Post("/setProfileAttributes", new[] { new { extId = "u1", profile = new { name = "Ada" } } });

        var response = await client.Get("/getProfileAttributes?deviceToken=t1");

        response.Status.Should().Be(200, response.Text);
        response.Json.ShouldEqualJson("{\"extId\":null,\"profile\":{\"name\":\"Ada\"}}");
    }

    [Test]
    public async Task GetProfileAttributes_ExtIdAndToken_ReadsByExtId()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1");
        await client.Post("/setProfileAttributes", new[] { new { extId = "u2", profile = new { name = "Bo" } } });

        var response = await client.Get("/getProfileAttributes?extId=u2&deviceToken=t1");

        response.Json.ShouldEqualJson("{\"extId\":\"u2\",\"profile\":{\"name\":\"Bo\"}}");
    }

    [Test]
    public async Task GetProfileAttributes_UnknownTokenOrDeviceWithoutUser_Is5016()
    {
        var client = ApiClient.Netmera();
        (await client.Admin(HttpMethod.Post, "netmera/devices", new { platform = "WEB", token = "lonely" })).Status.Should().Be(200);

        (await client.Get("/getProfileAttributes?deviceToken=nope")).ShouldBeError(400, 5016);
        (await client.Get("/getProfileAttributes?deviceToken=lonely")).ShouldBeError(400, 5016);
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
