using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>
/// Profile attributes the tenant defines (setting <c>profileAttributes</c>): undefined keys and wrong types
/// are dropped, reads show defined attributes only; with none defined everything is accepted.
/// </summary>
public sealed class DefinedAttributeTests
{
    private static async Task<ApiClient> Defining()
    {
        var client = ApiClient.Netmera();
        var response = await client.Settings(new
        {
            profileAttributes = new Dictionary<string, string>
            {
                ["name"] = "string", ["age"] = "number", ["isSubscribed"] = "boolean", ["dateOfBirth"] = "date", ["lastVisitedCategories"] = "string[]",
            },
        });
        response.Status.Should().Be(200, response.Text);
        return client;
    }

    [Test]
    public async Task Set_DropsUndefinedKeysWrongTypesAndNulls_AppliesTheRest()
    {
        var client = await Defining();

        (await client.Post("/setProfileAttributes",
            """[{"extId":"u1","profile":{"name":"Ada","Name":"case","age":"36","isSubscribed":true,"dateOfBirth":624315600000,"lastVisitedCategories":["a",1],"unknown":1,"nothing":null}}]"""))
            .ShouldBeEmptyOk();

        (await client.Profile("u1")).ShouldEqualJson("""{"name":"Ada","isSubscribed":true,"dateOfBirth":624315600000}""");
        (await client.LastWarnings("setProfileAttributes")).Should().Contain("'Name'").And.Contain("'age'").And.Contain("'unknown'").And.Contain("'nothing'");
    }

    [TestCase("\"1990-01-01\"")]
    [TestCase("6.5")]
    public async Task Set_DateThatIsNotIntegralEpochMilliseconds_IsDropped(string value)
    {
        var client = await Defining();
        await client.Post("/setProfileAttributes", "[{\"extId\":\"u1\",\"profile\":{\"name\":\"A\",\"dateOfBirth\":" + value + "}}]");
        (await client.Profile("u1")).Should().NotContainKey("dateOfBirth");
    }

    [Test]
    public async Task PushAndPull_DropKeysThatAreUndefinedNotArraysOrOfAnotherType()
    {
        var client = await Defining();

        (await client.Post("/pushProfileAttributes",
            """[{"extId":"u1","profile":{"lastVisitedCategories":["shoes"],"name":["x"],"other":["y"],"age":[1]}}]""")).ShouldBeEmptyOk();
        (await client.Post("/pushProfileAttributes", """[{"extId":"u1","profile":{"lastVisitedCategories":[7]}}]""")).ShouldBeEmptyOk();

        (await client.Profile("u1")).ShouldEqualJson("""{"lastVisitedCategories":["shoes"]}""");
    }

    [Test]
    public async Task Get_ShowsOnlyAttributesStillDefined_KeepingTheOthersHidden()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setProfileAttributes", """[{"extId":"u1","profile":{"name":"Ada","legacy":1}}]""");

        await client.Settings(new { profileAttributes = new { name = "string" } });
        (await client.Profile("u1")).ShouldEqualJson("""{"name":"Ada"}""");

        await client.Settings(new { profileAttributes = new { name = "string", legacy = "number" } });
        (await client.Profile("u1")).ShouldEqualJson("""{"name":"Ada","legacy":1}""");
    }

    [Test]
    public async Task NoneDefined_EveryKeyAndValueIsAccepted()
    {
        var client = ApiClient.Netmera();
        await client.Post("/setProfileAttributes", """[{"extId":"u1","profile":{"Any":{"nested":true},"n":1.5}}]""");
        (await client.Profile("u1")).ShouldEqualJson("""{"Any":{"nested":true},"n":1.5}""");

        await client.Settings(new { profileAttributes = new { } });
        (await client.Profile("u1")).Should().HaveCount(2, "an empty definition defines nothing");
    }

    [Test]
    public async Task Settings_UnknownType_Is400_NamingTheAttribute()
    {
        var response = await ApiClient.Netmera().Settings(new { profileAttributes = new { age = "integer" } });
        response.Status.Should().Be(400);
        response.Text.Should().Contain("profileAttributes.age");
    }
}
