using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>The field-type registry as tenant state: snapshots, fixtures, GET /__harness/state and the dashboard view.</summary>
public sealed class FieldTypeSnapshotTests
{
    private static JToken Verbatim(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    private static async Task<ApiClient> Typed()
    {
        var client = ApiClient.Iterable();
        await client.Settings(new { projectId = 10216, dropUnrecognizedFields = true });
        await client.Update(new
        {
            email = "a@example.com",
            createNewFields = true,
            dataFields = JObject.Parse("""{"age":36,"score":1.5,"vip":true,"born":"1815-12-10","address":{"zip":"W1"},"gone":"x"}"""),
        });
        await client.Update(new { email = "a@example.com", dataFields = new { gone = (string?)null, signupDate = (string?)null } });
        await client.Register("a@example.com", "tok-1", dataFields: new { appBuild = 42 });
        return client;
    }

    [Test]
    public async Task State_ListsTheLearnedFieldTypes_AndTheSettings()
    {
        var client = await Typed();

        var state = (await client.Admin(HttpMethod.Get, "state")).Json!.SelectToken("$..iterable")!;

        state["fieldTypes"].ShouldBeJson(JObject.Parse("""
            {"age":"long","score":"double","vip":"boolean","born":"date","address":"object","address.zip":"string","gone":"string","devices.appBuild":"long"}
            """));
        ((int?)state["projectId"]).Should().Be(10216);
        ((bool?)state["dropUnrecognizedFields"]).Should().BeTrue();
    }

    [Test]
    public async Task Snapshot_RoundTrip_KeepsTypesOfRemovedFields_SettingsAndAMissingSignupDate()
    {
        var client = await Typed();
        var snapshot = (await client.Admin(HttpMethod.Get, "state")).Text;

        await client.Admin(HttpMethod.Post, "reset");
        (await client.Admin(HttpMethod.Put, "state", Verbatim(snapshot))).Status.Should().Be(200);

        (await client.Admin(HttpMethod.Get, "state")).Text.Should().Be(snapshot);
        var refused = await client.Update(new { email = "a@example.com", createNewFields = true, dataFields = new { gone = 5 } });
        refused.ShouldBeError(400, "RequestFieldsTypesMismatched");
        ((string?)refused["$.msg"]).Should().StartWith("Project 10216: ");
        (await client.GetByEmail("a@example.com"))["$.user.dataFields.signupDate"].Type.Should().Be(JTokenType.Null);
    }

    [Test]
    public async Task Seed_DataFixesTheTypesOfNewFields()
    {
        var client = ApiClient.Iterable();
        var fixture = JObject.Parse("""{"iterable":{"users":[{"email":"a@example.com","dataFields":{"points":10},"devices":[{"token":"t","platform":"GCM","applicationName":"app","dataFields":{"appBuild":"b1"}}]}]}}""");
        (await client.Admin(HttpMethod.Post, "seed", fixture)).Status.Should().Be(200);

        (await client.Update(new { email = "b@example.com", dataFields = new { points = "ten" } })).ShouldBeError(400, "RequestFieldsTypesMismatched");
        (await client.Register("b@example.com", "t2", dataFields: new { appBuild = 3 })).ShouldBeError(400, "RequestFieldsTypesMismatched");
    }

    [TestCase("""{"iterable":{"fieldTypes":{"points":"string"},"users":[{"email":"a@example.com","dataFields":{"points":10}}]}}""", "users[0].dataFields.points")]
    [TestCase("""{"iterable":{"users":[{"email":"a@example.com","dataFields":{"points":10}},{"email":"b@example.com","dataFields":{"points":"ten"}}]}}""", "users[1].dataFields.points")]
    [TestCase("""{"iterable":{"fieldTypes":{"points":"integer"}}}""", "fieldTypes.points")]
    [TestCase("""{"iterable":{"fieldTypes":{"signupDate":"string"}}}""", "fieldTypes.signupDate")]
    public async Task Seed_WithDataThatContradictsTheTypes_Is400_NamingThePlace_AndChangesNothing(string json, string place)
    {
        var client = ApiClient.Iterable();

        var response = await client.Admin(HttpMethod.Post, "seed", JObject.Parse(json));

        response.Status.Should().Be(400);
        ((string?)response["$.error"]).Should().Contain(place);
        (await client.GetByEmail("a@example.com")).Json.ShouldBeJson(new JObject());
        (await client.Update(new { email = "c@example.com", dataFields = new { points = true } })).ShouldBeSuccess();
    }

    [Test]
    public async Task View_ShowsFieldTypes_PresetsFirst_AndTheProjectId()
    {
        var client = await Typed();

        var view = (await client.Admin(HttpMethod.Get, "iterable/view")).Json!;

        ((int?)view["projectId"]).Should().Be(10216);
        ((string?)view["fieldTypes"]!["signupDate"]).Should().Be("date");
        ((string?)view["fieldTypes"]!["devices.appBuild"]).Should().Be("long");
        view["presetFields"]!.Values<string>().Should().Contain("signupDate").And.NotContain("age");
    }

    [Test]
    public async Task DemoFixture_FieldTypes_AreConsistentWithItsProfiles()
    {
        var client = ApiClient.Iterable();
        var demo = JObject.Parse(File.ReadAllText(Path.Combine(HarnessMock.DefaultFixturesDirectory, "tenants", "demo.iterable.json")));
        (await client.Admin(HttpMethod.Post, "seed", demo)).Status.Should().Be(200);

        var types = (JObject)(await client.Admin(HttpMethod.Get, "iterable/view")).Json!["fieldTypes"]!;

        demo["iterable"]!["fieldTypes"].Should().NotBeNull("the demo tenant lists its field types");
        foreach (var property in ((JObject)demo["iterable"]!["fieldTypes"]!).Properties())
        {
            ((string?)types[property.Name]).Should().Be((string?)property.Value, property.Name);
        }

        ((string?)types["firstName"]).Should().Be("string");
        ((string?)types["mySettings.mobile"]).Should().Be("boolean");
        ((string?)types["devices.appVersion"]).Should().Be("string");
    }
}
