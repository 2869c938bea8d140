using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary><c>null</c> as a value in users/update's <c>dataFields</c> (behaviour.md, Profile data).</summary>
public sealed class DataFieldsNullTests
{
    private static async Task<JToken> DataFields(ApiClient client, string email = "a@example.com") =>
        (await client.GetByEmail(email)).Json!["user"]!["dataFields"]!;

    [Test]
    public async Task Null_RemovesTheKey_AndLeavesTheOthers()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com", dataFields = new { name = "Ada", phoneNumber = "+4420", customField = 1 } });

        (await client.Update(new { email = "a@example.com", dataFields = new { name = (string?)null, phoneNumber = (string?)null } })).ShouldBeSuccess();

        var fields = await DataFields(client);
        fields["name"].Should().BeNull();
        fields["phoneNumber"].Should().BeNull();
        ((int?)fields["customField"]).Should().Be(1);
    }

    [Test]
    public async Task Null_MergeNestedObjectsTrue_RemovesTheNestedKeys_AndKeepsStoredKeysNotSent()
    {
        var client = ApiClient.Iterable();
        await client.Update(new
        {
            email = "a@example.com",
            dataFields = JObject.Parse("""{"defaultAddress":{"street":"Main","number":1,"zipcode":"123","city":"Old","country":"US","flat":"4B"}}"""),
        });

        (await client.Update(new
        {
            email = "a@example.com",
            mergeNestedObjects = true,
            dataFields = JObject.Parse("""{"defaultAddress":{"street":null,"number":null,"zipcode":null,"city":"London","country":"UK"}}"""),
        })).ShouldBeSuccess();

        (await DataFields(client))["defaultAddress"].ShouldBeJson(JObject.Parse("""{"city":"London","country":"UK","flat":"4B"}"""));
    }

    [Test]
    public async Task Null_MergeNestedObjectsFalse_TheSentObjectReplacesTheStoredOne_WithoutItsNullKeys()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com", dataFields = JObject.Parse("""{"address":{"street":"Main","flat":"4B"}}""") });

        await client.Update(new { email = "a@example.com", dataFields = JObject.Parse("""{"address":{"street":null,"city":"London","inner":{"a":null,"b":2}}}""") });

        (await DataFields(client))["address"].ShouldBeJson(JObject.Parse("""{"city":"London","inner":{"b":2}}"""));
    }

    [Test]
    public async Task Null_RemovingTheLastNestedKey_LeavesAnEmptyObject()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com", dataFields = JObject.Parse("""{"settings":{"push":true}}""") });

        await client.Update(new { email = "a@example.com", mergeNestedObjects = true, dataFields = JObject.Parse("""{"settings":{"push":null}}""") });

        (await DataFields(client))["settings"].ShouldBeJson(new JObject());
    }

    [Test]
    public async Task Null_ForIdentifiersAndIgnoredSystemKeys_ChangesNothing()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com", userId = "u1" });
        await client.Register("a@example.com", "tok-1");

        (await client.Update(new
        {
            email = "a@example.com",
            dataFields = JObject.Parse("""{"userId":null,"email":null,"signupSource":null,"profileUpdatedAt":null,"devices":null,"itblInternal":null}"""),
        })).ShouldBeSuccess();

        var fields = await DataFields(client);
        ((string?)fields["userId"]).Should().Be("u1");
        ((string?)fields["signupSource"]).Should().Be("API");
        fields["profileUpdatedAt"].Should().NotBeNull();
        fields["itblInternal"].Should().NotBeNull();
        ((JArray)fields["devices"]!).Should().HaveCount(1);
    }

    [Test]
    public async Task Null_NeverFixesAType()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com", dataFields = new { score = (int?)null } });

        (await client.Update(new { email = "a@example.com", dataFields = new { score = "high" } })).ShouldBeSuccess();
        (await client.Update(new { email = "a@example.com", dataFields = new { score = 5 } })).ShouldBeError(400, "RequestFieldsTypesMismatched");
    }

    [Test]
    public async Task Null_InDeviceDataFields_RemovesThatDeviceKey()
    {
        var client = ApiClient.Iterable();
        await client.Register("a@example.com", "tok-1", dataFields: new { appVersion = "1.0", deviceId = "d1" });

        (await client.Register("a@example.com", "tok-1", dataFields: new { appVersion = (string?)null })).ShouldBeSuccess();

        var device = (await DataFields(client))["devices"]![0]!;
        device["appVersion"].Should().BeNull();
        ((string?)device["deviceId"]).Should().Be("d1");
    }
}
