using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>The identity rules beside the table: identifier changes in dataFields, validity, matching, shared userIds.</summary>
public sealed partial class IdentityTests
{
    [TestCase("email")]
    [TestCase("userId")]
    [TestCase("hybrid")]
    public async Task DataFieldsUserId_ChangesTheUserId_InEveryProjectType(string type)
    {
        var client = await Project(type);
        await client.Update(new { email = "a@example.com", userId = "old" });

        (await client.Update(new { userId = "old", preferUserId = true, dataFields = new { userId = "new" } })).ShouldBeSuccess();

        ((string?)(await client.GetByUserId("new"))["$.user.email"]).Should().Be("a@example.com");
        (await client.GetByUserId("old")).Json.ShouldBeJson(new JObject());
        ((string?)(await client.GetByUserId("new"))["$.user.dataFields.userId"]).Should().Be("new");
    }

    [TestCase("userId")]
    [TestCase("hybrid")]
    public async Task DataFieldsUserId_HeldByAnotherProfile_Is409_WhereUserIdsAreUnique(string type)
    {
        var client = await Project(type);
        await client.Update(new { userId = "u1" });
        await client.Update(new { userId = "u2" });

        (await client.Update(new { userId = "u1", dataFields = new { userId = "u2", x = 1 } })).ShouldBeError(409, "ExternalKeyConflict");

        (await client.GetByUserId("u1"))["$.user.dataFields.x"].Type.Should().Be(JTokenType.Null);
    }

    [TestCase("userId")]
    [TestCase("hybrid")]
    public async Task DataFieldsEmail_ChangesTheEmail_OutsideEmailProjects(string type)
    {
        var client = await Project(type);
        await client.Update(new { userId = "u1", email = "old@example.com" });

        (await client.Update(new { userId = "u1", dataFields = new { email = "new@example.com" } })).ShouldBeSuccess();

        ((string?)(await client.GetByUserId("u1"))["$.user.email"]).Should().Be("new@example.com");
    }

    [Test]
    public async Task DataFieldsEmail_IsIgnored_InEmailProjects()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com" });

        (await client.Update(new { email = "a@example.com", dataFields = new { email = "b@example.com" } })).ShouldBeSuccess();

        var users = await Users(client);
        users.Should().ContainSingle();
        ((string?)users[0]["email"]).Should().Be("a@example.com");
        ((string?)users[0]["dataFields"]!["email"]).Should().Be("a@example.com");
    }

    [Test]
    public async Task DataFieldsEmail_HeldByAnotherProfile_InHybrid_Is409()
    {
        var client = await Project("hybrid");
        await client.Update(new { userId = "u1", email = "one@example.com" });
        await client.Update(new { email = "two@example.com" });

        (await client.Update(new { userId = "u1", dataFields = new { email = "two@example.com" } })).ShouldBeError(409, "ExternalKeyConflict");
    }

    [Test]
    public async Task DataFieldsIdentifier_OfTheWrongType_IsBadJsonBody()
    {
        var response = await ApiClient.Iterable().Update(new { email = "a@example.com", dataFields = new { userId = 7 } });
        response.ShouldBeError(400, "BadJsonBody");
        ((string?)response.Json!["params"]!["obj.dataFields.userId"]).Should().Be("error.expected.jsstring");
    }

    [Test]
    public async Task EmptyUserId_CountsAsAbsent()
    {
        var client = ApiClient.Iterable();
        (await client.Update(new { email = "a@example.com", userId = "" })).ShouldBeSuccess();

        (await client.GetByEmail("a@example.com"))["$.user.userId"].Type.Should().Be(JTokenType.Null);
        (await client.Update(new { userId = "" })).ShouldBeError(400, "BadParams");
    }

    [Test]
    public async Task UserIdLongerThan52Characters_IsInvalidUserIdError()
    {
        var client = ApiClient.Iterable();
        (await client.Update(new { email = "a@example.com", userId = new string('u', 52) })).ShouldBeSuccess();

        var response = await client.Update(new { email = "b@example.com", userId = new string('u', 53) });

        response.ShouldBeError(400, "InvalidUserIdError");
        response.ShouldMatchContract("updateUser");
        (await client.Update(new { email = "b@example.com", dataFields = new { userId = new string('u', 53) } })).ShouldBeError(400, "InvalidUserIdError");
        (await client.GetByEmail("b@example.com")).Json.ShouldBeJson(new JObject());
    }

    [Test]
    public async Task Emails_AreCaseInsensitive_UserIds_AreCaseSensitive()
    {
        var client = await Project("hybrid");
        await client.Update(new { email = "Ada@Example.com", userId = "User1" });

        // user1 is unknown, so the hybrid rule picks the profile of the (same, lowercased) email and renames its userId.
        (await client.Update(new { email = "ada@example.com", userId = "user1" })).ShouldBeSuccess();

        (await Users(client)).Should().HaveCount(1);
        ((string?)(await client.GetByEmail("ADA@example.com"))["$.user.userId"]).Should().Be("user1");
        (await client.GetByUserId("User1")).Json.ShouldBeJson(new JObject());
    }

    [Test]
    public async Task Emails_AreStoredAndEchoedLowercased_InEveryWrite()
    {
        var client = ApiClient.Iterable();
        (await client.Update(new { email = "Mixed.Case@Example.COM", dataFields = new { a = 1 } })).ShouldBeSuccess();
        (await client.Register("MIXED.case@example.com", "tok-1")).ShouldBeSuccess();
        (await client.Disable(new { token = "tok-1", email = "mixed.CASE@EXAMPLE.com" })).ShouldBeSuccess();

        var users = await Users(client);
        users.Should().HaveCount(1);
        var user = (await client.GetByEmail("mixed.case@example.com"))["$.user"];
        ((string?)user["email"]).Should().Be("mixed.case@example.com");
        ((string?)user["dataFields"]!["email"]).Should().Be("mixed.case@example.com");
        ((bool?)user["dataFields"]!["devices"]![0]!["endpointEnabled"]).Should().BeFalse();
    }

    [Test]
    public async Task DataFieldsEmail_IsLowercased_InAHybridProject()
    {
        var client = await Project("hybrid");
        await client.Update(new { userId = "u1", email = "old@example.com" });

        (await client.Update(new { userId = "u1", dataFields = new { email = "New@Example.com" } })).ShouldBeSuccess();

        ((string?)(await client.GetByUserId("u1"))["$.user.email"]).Should().Be("new@example.com");
    }

    [Test]
    public async Task EmailProject_SharedUserId_LookupTakesTheOldestProfile()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "first@example.com", userId = "shared" });
        await client.Update(new { email = "second@example.com", userId = "shared" });
        await client.Update(new { email = "first@example.com", dataFields = new { touched = true } });

        ((string?)(await client.GetByUserId("shared"))["$.user.email"]).Should().Be("first@example.com");
        (await client.Update(new { userId = "shared", dataFields = new { viaUserId = true } })).ShouldBeSuccess();
        ((bool?)(await client.GetByEmail("first@example.com"))["$.user.dataFields.viaUserId"]).Should().BeTrue();
    }

    [Test]
    public async Task EmailProject_ProfileGainingASharedUserIdLater_KeepsCreationOrder()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "first@example.com" });
        await client.Update(new { email = "second@example.com", userId = "shared" });

        await client.Update(new { email = "first@example.com", userId = "shared" });

        ((string?)(await client.GetByUserId("shared"))["$.user.email"]).Should().Be("first@example.com");
    }
}
