using System.Text;
using FluentAssertions;
using Harness.Mock.Apis.Iterable;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>Field types per project: the first accepted value fixes a field's type (behaviour.md, Profile data).</summary>
public sealed partial class FieldTypeTests
{
    internal static async Task<ApiClient> Project(object? settings = null)
    {
        var client = ApiClient.Iterable();
        await client.Settings(settings ?? new { projectId = 10216 });
        return client;
    }

    internal static Task<ApiResponse> Write(ApiClient client, string dataFields) =>
        client.Update(new { email = "a@example.com", dataFields = JObject.Parse(dataFields) });

    [TestCase("""{"f":"text"}""", """{"f":5}""", "f", "string", "long, double")]
    [TestCase("""{"f":5}""", """{"f":1.5}""", "f", "long", "double")]
    [TestCase("""{"f":5}""", """{"f":"5"}""", "f", "long", "string, keyword")]
    [TestCase("""{"f":true}""", """{"f":"true"}""", "f", "boolean", "string, keyword")]
    [TestCase("""{"f":"2020-08-19"}""", """{"f":"GGG"}""", "f", "date", "string, keyword")]
    [TestCase("""{"f":{"a":1}}""", """{"f":"flat"}""", "f", "object", "string, keyword")]
    [TestCase("""{"f":"flat"}""", """{"f":{"a":1}}""", "f", "string", "object")]
    [TestCase("""{"f":{"n":1}}""", """{"f":{"n":false}}""", "f.n", "long", "boolean")]
    [TestCase("""{"f":[1,2]}""", """{"f":["x"]}""", "f", "long", "string, keyword")]
    public async Task LaterValueOfAnotherType_IsRefused_NamingThePathAndTypes(string first, string second, string path, string expected, string possible)
    {
        var client = await Project();
        (await Write(client, first)).ShouldBeSuccess();

        var response = await Write(client, second);

        response.ShouldBeError(400, "RequestFieldsTypesMismatched",
            $"Project 10216: The request does not have the same data types as the data previously submitted. Field '{path}' already exists " +
            $"for type 'user' and has a data type of '{expected}' but possible types '{possible}' in the request.");
        ((string?)response.Json!["params"]!["validationErrors"]![path]!["expectedType"]).Should().Be(expected);
        response.ShouldMatchContract("updateUser");
    }

    [TestCase("""{"f":1.5}""", """{"f":5}""")]
    [TestCase("""{"f":"text"}""", """{"f":"2020-08-19"}""")]
    [TestCase("""{"f":"2020-08-19T20:50:04Z"}""", """{"f":"2021-01-01 10:00:00 +00:00"}""")]
    [TestCase("""{"f":[1]}""", """{"f":[]}""")]
    [TestCase("""{"f":[]}""", """{"f":"now a string"}""")]
    [TestCase("""{"f":{"a":1}}""", """{"f":{"b":"new key"}}""")]
    public async Task LaterValueThatFitsTheType_IsAccepted(string first, string second)
    {
        var client = await Project();
        (await Write(client, first)).ShouldBeSuccess();

        (await Write(client, second)).ShouldBeSuccess();
    }

    [Test]
    public async Task SeveralMismatches_AreAllListed_TheMsgNamesTheFirstInRequestOrder_AndNothingIsWritten()
    {
        var client = await Project();
        await Write(client, """{"age":36,"vip":false,"name":"Ada"}""");

        var response = await Write(client, """{"name":"Augusta","vip":"yes","age":"old","city":"London"}""");

        response.ShouldBeError(400, "RequestFieldsTypesMismatched");
        ((string?)response["$.msg"]).Should().Contain("Field 'vip' already exists").And.Contain("data type of 'boolean'");
        response.Json!["params"]!["validationErrors"].ShouldBeJson(JObject.Parse("""
            {"vip":{"incomingTypes":["string","keyword"],"expectedType":"boolean","_type":"UnexpectedType","offendingValue":"yes","category":"user"},
             "age":{"incomingTypes":["string","keyword"],"expectedType":"long","_type":"UnexpectedType","offendingValue":"old","category":"user"}}
            """));
        var fields = (await client.GetByEmail("a@example.com")).Json!["user"]!["dataFields"]!;
        ((string?)fields["name"]).Should().Be("Ada");
        fields["city"].Should().BeNull();
    }

    [Test]
    public async Task TwoValuesOfOneNewField_InOneBody_Conflict()
    {
        var client = await Project();

        var response = await Write(client, """{"mixed":[1,"one"]}""");

        response.ShouldBeError(400, "RequestFieldsTypesMismatched");
        ((string?)response.Json!["params"]!["validationErrors"]!["mixed"]!["offendingValue"]).Should().Be("one");
        (await client.GetByEmail("a@example.com")).Json.ShouldBeJson(new JObject());
    }

    [Test]
    public async Task FieldTypes_ArePerProject()
    {
        var first = await Project();
        var second = await Project();
        await Write(first, """{"f":"text"}""");

        (await Write(second, """{"f":5}""")).ShouldBeSuccess();
    }

    [Test]
    public async Task ARefusedRequest_FixesNoType()
    {
        var client = await Project();
        await Write(client, """{"known":1}""");
        (await Write(client, """{"known":"x","fresh":"text"}""")).ShouldBeError(400, "RequestFieldsTypesMismatched");

        (await Write(client, """{"fresh":7}""")).ShouldBeSuccess();
    }

    [Test]
    public async Task DeviceFields_AreTypedUnderDevices_AcrossProfiles()
    {
        var client = await Project();
        (await client.Register("a@example.com", "tok-1", dataFields: new { appBuild = 42 })).ShouldBeSuccess();

        var response = await client.Register("b@example.com", "tok-2", dataFields: new { appBuild = "42b" });

        response.ShouldBeError(400, "RequestFieldsTypesMismatched");
        ((string?)response["$.msg"]).Should().Contain("Field 'devices.appBuild'").And.Contain("'long'");
        response.ShouldMatchContract("registerDeviceToken");
        (await client.GetByEmail("b@example.com")).Json.ShouldBeJson(new JObject());
        (await Write(client, """{"appBuild":"a profile field of the same name is another path"}""")).ShouldBeSuccess();
    }

    [Test]
    public async Task ProjectId_DefaultsTo10000PlusCrc32OfTheKeyMod90000()
    {
        var client = ApiClient.Iterable("project-key-for-crc");
        await Write(client, """{"f":1}""");

        var response = await Write(client, """{"f":"x"}""");

        var expected = 10000 + (ProjectIds.Crc32(Encoding.UTF8.GetBytes("project-key-for-crc")) % 90000);
        ((string?)response["$.msg"]).Should().StartWith($"Project {expected}: ");
    }

    [Test]
    public void Crc32_IsTheIeeeChecksum() =>
        ProjectIds.Crc32("123456789"u8).Should().Be(0xCBF43926u);
}
