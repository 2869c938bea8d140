using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>POST /api/users/update: dataFields merge rules and the profile's system fields.</summary>
public sealed class UpdateUserTests
{
    private static async Task<JToken> DataFields(ApiClient client, string email = "a@example.com") =>
        (await client.GetByEmail(email)).Json!["user"]!["dataFields"]!;

    [Test]
    public async Task Update_SentKeysOverwrite_OtherKeysAreKept()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com", dataFields = new { firstName = "Ada", plan = "free" } });

        (await client.Update(new { email = "a@example.com", dataFields = new { plan = "premium", city = "London" } })).ShouldBeSuccess();

        var fields = await DataFields(client);
        ((string?)fields["firstName"]).Should().Be("Ada");
        ((string?)fields["plan"]).Should().Be("premium");
        ((string?)fields["city"]).Should().Be("London");
    }

    [Test]
    public async Task Update_MergeNestedObjectsFalse_ReplacesTheStoredObject()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com", dataFields = new { mySettings = new { mobile = true } } });

        await client.Update(new { email = "a@example.com", dataFields = new { mySettings = new { email = true } } });

        (await DataFields(client))["mySettings"].ShouldBeJson(JObject.Parse("""{"email":true}"""));
    }

    [Test]
    public async Task Update_MergeNestedObjectsTrue_MergesTheObjects()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com", dataFields = new { mySettings = new { mobile = true } } });

        await client.Update(new { email = "a@example.com", mergeNestedObjects = true, dataFields = new { mySettings = new { email = true } } });

        (await DataFields(client))["mySettings"].ShouldBeJson(JObject.Parse("""{"mobile":true,"email":true}"""));
    }

    [Test]
    public async Task Update_MergeNestedObjectsTrue_MergesRecursively_AndReplacesArraysAndScalars()
    {
        var client = ApiClient.Iterable();
        await client.Update(new
        {
            email = "a@example.com",
            dataFields = JObject.Parse("""{"prefs":{"push":{"news":true,"sale":true},"tags":["a","b"],"level":1},"score":3}"""),
        });

        await client.Update(new
        {
            email = "a@example.com",
            mergeNestedObjects = true,
            dataFields = JObject.Parse("""{"prefs":{"push":{"sale":false},"tags":["c"],"level":2},"score":4}"""),
        });

        var fields = await DataFields(client);
        fields["prefs"].ShouldBeJson(JObject.Parse("""{"push":{"news":true,"sale":false},"tags":["c"],"level":2}"""));
        ((int?)fields["score"]).Should().Be(4);
    }

    [Test]
    public async Task Update_Profile_KeepsItsSystemFieldsInsideDataFields_DatedByTheMockClock()
    {
        await using var mock = await ClockedMock.StartAsync();
        var client = mock.Client();

        await client.Update(new { email = "a@example.com", userId = "u1", dataFields = new { firstName = "Ada" } });

        var user = (await client.GetByEmail("a@example.com")).Json!["user"]!;
        user.ShouldBeJson(JObject.Parse("""
            {"email":"a@example.com","userId":"u1","dataFields":{
              "email":"a@example.com","userId":"u1","signupDate":"2026-03-14 15:09:26 +00:00","signupSource":"API",
              "profileUpdatedAt":"2026-03-14 15:09:26 +00:00",
              "itblInternal":{"documentCreatedAt":"2026-03-14 15:09:26 +00:00","documentUpdatedAt":"2026-03-14 15:09:26 +00:00","emailDomain":"example.com"},
              "firstName":"Ada"}}
            """));
    }

    [Test]
    public async Task Update_RefreshesProfileUpdatedAt_AndKeepsSignupDate()
    {
        await using var mock = await ClockedMock.StartAsync();
        var client = mock.Client();
        await client.Update(new { email = "a@example.com" });

        mock.Time.Advance(TimeSpan.FromMinutes(90));
        await client.Update(new { email = "a@example.com", dataFields = new { x = 1 } });

        var fields = await DataFields(client);
        ((string?)fields["signupDate"]).Should().Be("2026-03-14 15:09:26 +00:00");
        ((string?)fields["profileUpdatedAt"]).Should().Be("2026-03-14 16:39:26 +00:00");
    }

    [Test]
    public async Task Update_OtherSystemKeysInDataFields_AreIgnored()
    {
        await using var mock = await ClockedMock.StartAsync();
        var client = mock.Client();

        await client.Update(new
        {
            email = "a@example.com",
            dataFields = new
            {
                signupSource = "Import", profileUpdatedAt = "x", devices = new[] { new { token = "t" } }, itblInternal = new { emailDomain = "x.org" }, kept = 1,
            },
        });
        (await client.Update(new { email = "a@example.com", dataFields = new { signupSource = (string?)null, itblInternal = (object?)null } })).ShouldBeSuccess();

        var fields = await DataFields(client);
        ((string?)fields["signupDate"]).Should().Be("2026-03-14 15:09:26 +00:00");
        ((string?)fields["itblInternal"]!["emailDomain"]).Should().Be("example.com");
        ((string?)fields["signupSource"]).Should().Be("API");
        ((string?)fields["profileUpdatedAt"]).Should().Be("2026-03-14 15:09:26 +00:00");
        fields["devices"].Should().BeNull();
        ((int?)fields["kept"]).Should().Be(1);
    }

    [Test]
    public async Task Update_WithoutDataFields_CreatesAProfileWithOnlySystemFields()
    {
        var client = ApiClient.Iterable();
        (await client.Update(new { email = "a@example.com" })).ShouldBeSuccess();

        ((JObject)await DataFields(client)).Properties().Select(p => p.Name).Should()
            .Equal("email", "signupDate", "signupSource", "profileUpdatedAt", "itblInternal");
    }
}
