using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>New fields (createNewFields, dropUnrecognizedFields) and the Iterable tenant settings.</summary>
public sealed partial class FieldTypeTests
{
    [Test]
    public async Task CreateNewFieldsFalse_DropsNewPaths_KeepsKnownOnes_AndWarnsInTheJournal()
    {
        var client = await Project();
        await Write(client, """{"plan":"free","address":{"city":"Paris"}}""");

        (await client.Update(new
        {
            email = "a@example.com",
            createNewFields = false,
            dataFields = JObject.Parse("""{"plan":"premium","nickname":"Countess","address":{"city":"London","zip":"W1"},"signupDate":"2020-08-19"}"""),
        })).ShouldBeSuccess();

        var fields = (await client.GetByEmail("a@example.com")).Json!["user"]!["dataFields"]!;
        ((string?)fields["plan"]).Should().Be("premium");
        fields["nickname"].Should().BeNull();
        fields["address"].ShouldBeJson(JObject.Parse("""{"city":"London"}"""));
        ((string?)fields["signupDate"]).Should().Be("2020-08-19 00:00:00 +00:00");
        var journal = await client.Admin(HttpMethod.Get, "requests?operation=updateUser");
        journal.Json!["requests"]!.Last!["warnings"]!.Values<string>().Should()
            .ContainSingle(w => w!.Contains("nickname", StringComparison.Ordinal) && w.Contains("address.zip", StringComparison.Ordinal));
        (await Write(client, """{"nickname":5}""")).ShouldBeSuccess();
    }

    [Test]
    public async Task DropUnrecognizedFields_IsTheDefault_ThatCreateNewFieldsOverrides()
    {
        var client = await Project(new { dropUnrecognizedFields = true });

        (await Write(client, """{"dropped":"x"}""")).ShouldBeSuccess();
        (await client.Update(new { email = "a@example.com", createNewFields = true, dataFields = new { created = "y" } })).ShouldBeSuccess();

        var fields = (await client.GetByEmail("a@example.com")).Json!["user"]!["dataFields"]!;
        fields["dropped"].Should().BeNull();
        ((string?)fields["created"]).Should().Be("y");
    }

    [Test]
    public async Task RegisterDeviceToken_AlwaysCreatesNewDeviceFields()
    {
        var client = await Project(new { dropUnrecognizedFields = true });

        (await client.Register("a@example.com", "tok-1", dataFields: new { appVersion = "1.0" })).ShouldBeSuccess();

        ((string?)(await client.GetByEmail("a@example.com"))["$.user.dataFields.devices[0].appVersion"]).Should().Be("1.0");
    }

    [TestCase("projectId", "\"x\"")]
    [TestCase("projectId", "-1")]
    [TestCase("dropUnrecognizedFields", "\"yes\"")]
    public async Task Settings_OfTheWrongType_Are400_AndChangeNothing(string key, string value)
    {
        var client = ApiClient.Iterable();

        var response = await client.Settings(JObject.Parse($$"""{"projectType":"hybrid","{{key}}":{{value}}}"""));

        response.Status.Should().Be(400);
        ((string?)response["$.error"]).Should().Contain(key);
        ((string?)(await client.Admin(HttpMethod.Get, "iterable/view"))["$.projectType"]).Should().Be("email");
    }

    [Test]
    public async Task Reset_ForgetsTheFieldTypes()
    {
        var client = await Project();
        await Write(client, """{"f":1}""");

        await client.Admin(HttpMethod.Post, "reset");

        (await Write(client, """{"f":"x"}""")).ShouldBeSuccess();
    }
}
