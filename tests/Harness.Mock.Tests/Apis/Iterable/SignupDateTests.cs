using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary><c>signupDate</c> written by clients, and <c>itblInternal</c> kept by the mock.</summary>
public sealed class SignupDateTests
{
    private static async Task<JToken> DataFields(ApiClient client, string email = "a@example.com") =>
        (await client.GetByEmail(email)).Json!["user"]!["dataFields"]!;

    [TestCase("2020-08-19T20:50:04.000Z", "2020-08-19 20:50:04 +00:00")]
    [TestCase("2020-08-19T20:50:04Z", "2020-08-19 20:50:04 +00:00")]
    [TestCase("2020-08-19T22:50:04+02:00", "2020-08-19 20:50:04 +00:00")]
    [TestCase("2020-08-19 20:50:04 +00:00", "2020-08-19 20:50:04 +00:00")]
    [TestCase("2020-08-19", "2020-08-19 00:00:00 +00:00")]
    public async Task SignupDate_DateString_IsStoredInTheProfilesDateFormat(string sent, string stored)
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com" });

        (await client.Update(new { email = "a@example.com", dataFields = new { signupDate = sent } })).ShouldBeSuccess();

        ((string?)(await DataFields(client))["signupDate"]).Should().Be(stored);
    }

    [Test]
    public async Task SignupDate_NotADate_IsRequestFieldsTypesMismatched_AsRecorded()
    {
        var client = ApiClient.Iterable();
        await client.Settings(new { projectId = 10216 });
        await client.Update(new { email = "a@example.com", dataFields = new { plan = "free" } });

        var response = await client.Update(new { email = "a@example.com", dataFields = new { signupDate = "GGG", plan = "premium" } });

        response.ShouldBeError(400, "RequestFieldsTypesMismatched",
            "Project 10216: The request does not have the same data types as the data previously submitted. Field 'signupDate' already exists " +
            "for type 'user' and has a data type of 'date' but possible types 'string, keyword' in the request.");
        response.Json!["params"].ShouldBeJson(JObject.Parse("""
            {"validationErrors":{"signupDate":{"incomingTypes":["string","keyword"],"expectedType":"date","_type":"UnexpectedType","offendingValue":"GGG","category":"user"}}}
            """));
        response.ShouldMatchContract("updateUser");
        ((string?)(await DataFields(client))["plan"]).Should().Be("free");
    }

    [Test]
    public async Task SignupDate_Null_RemovesIt_AndItStaysAbsent()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com" });

        (await client.Update(new { email = "a@example.com", dataFields = new { signupDate = (string?)null } })).ShouldBeSuccess();
        await client.Update(new { email = "a@example.com", dataFields = new { plan = "free" } });
        await client.Register("a@example.com", "tok-1");

        (await DataFields(client))["signupDate"].Should().BeNull();
    }

    [Test]
    public async Task ItblInternal_IsCreatedWithTheProfile_AndDocumentUpdatedAtFollowsEveryWrite()
    {
        await using var mock = await ClockedMock.StartAsync();
        var client = mock.Client();
        await client.Update(new { email = "a@mailinator.com" });
        mock.Time.Advance(TimeSpan.FromMinutes(7));

        await client.Register("a@mailinator.com", "tok-1");

        (await DataFields(client, "a@mailinator.com"))["itblInternal"].ShouldBeJson(JObject.Parse("""
            {"documentCreatedAt":"2026-03-14 15:09:26 +00:00","documentUpdatedAt":"2026-03-14 15:16:26 +00:00","emailDomain":"mailinator.com"}
            """));
    }

    [Test]
    public async Task ItblInternal_HasNoEmailDomain_WhileTheProfileHasNoEmail()
    {
        var client = ApiClient.Iterable();
        await client.ProjectType("userId");
        await client.Update(new { userId = "u1" });

        var internalFields = (await client.GetByUserId("u1")).Json!["user"]!["dataFields"]!["itblInternal"]!;

        internalFields["emailDomain"].Should().BeNull();
        internalFields["documentCreatedAt"].Should().NotBeNull();
    }

    [Test]
    public async Task EmailChange_StartsANewDocument_AndGivesAMissingSignupDate()
    {
        await using var mock = await ClockedMock.StartAsync();
        var client = mock.Client();
        await client.ProjectType("hybrid");
        await client.Update(new { userId = "u1", email = "old@example.com" });
        await client.Update(new { userId = "u1", dataFields = new { signupDate = (string?)null } });
        mock.Time.Advance(TimeSpan.FromHours(2));

        (await client.Update(new { userId = "u1", dataFields = new { email = "new@example.org" } })).ShouldBeSuccess();

        var fields = (await client.GetByUserId("u1")).Json!["user"]!["dataFields"]!;
        ((string?)fields["signupDate"]).Should().Be("2026-03-14 17:09:26 +00:00");
        ((string?)fields["itblInternal"]!["documentCreatedAt"]).Should().Be("2026-03-14 17:09:26 +00:00");
        ((string?)fields["itblInternal"]!["emailDomain"]).Should().Be("example.org");
    }

    [Test]
    public async Task EmailChange_KeepsAnExistingSignupDate()
    {
        await using var mock = await ClockedMock.StartAsync();
        var client = mock.Client();
        await client.ProjectType("hybrid");
        await client.Update(new { userId = "u1", email = "old@example.com" });
        mock.Time.Advance(TimeSpan.FromHours(2));

        await client.Update(new { userId = "u1", email = "new@example.com" });

        ((string?)(await client.GetByUserId("u1")).Json!["user"]!["dataFields"]!["signupDate"]).Should().Be("2026-03-14 15:09:26 +00:00");
    }
}
