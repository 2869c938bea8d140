using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>The project-type table and the identity rules of behaviour.md.</summary>
public sealed partial class IdentityTests
{
    private static async Task<ApiClient> Project(string type)
    {
        var client = ApiClient.Iterable();
        (await client.ProjectType(type)).Status.Should().Be(200);
        return client;
    }

    private static async Task<JArray> Users(ApiClient client) =>
        (JArray)(await client.Admin(HttpMethod.Get, "iterable/view")).Json!["users"]!;

    [Test]
    public async Task ProjectType_DefaultsToEmail()
    {
        var view = await ApiClient.Iterable().Admin(HttpMethod.Get, "iterable/view");
        ((string?)view["$.projectType"]).Should().Be("email");
    }

    [Test]
    public async Task ProjectType_UnknownValue_IsRejectedBySettings()
    {
        var response = await ApiClient.Iterable().ProjectType("phone");
        response.Status.Should().Be(400);
        ((string?)response["$.error"]).Should().Contain("projectType").And.Contain("hybrid");
    }

    [Test]
    public async Task ProjectType_SwitchThatBreaksUniqueness_IsRejected_AndChangesNothing()
    {
        var client = await Project("userId");
        await client.Update(new { userId = "u1", email = "same@example.com" });
        await client.Update(new { userId = "u2", email = "same@example.com" });

        var response = await client.ProjectType("hybrid");

        response.Status.Should().Be(400);
        ((string?)response["$.error"]).Should().Contain("same@example.com");
        ((string?)(await client.Admin(HttpMethod.Get, "iterable/view"))["$.projectType"]).Should().Be("userId");
    }

    [Test]
    public async Task EmailProject_BothGiven_EmailWins_AndOverwritesTheUserId()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com", userId = "old" });

        (await client.Update(new { email = "a@example.com", userId = "new" })).ShouldBeSuccess();

        var users = await Users(client);
        users.Should().ContainSingle();
        ((string?)users[0]["userId"]).Should().Be("new");
    }

    [TestCase("userId")]
    [TestCase("hybrid")]
    public async Task UserIdWinsProject_BothGiven_UserIdWins_AndOverwritesTheEmail(string type)
    {
        var client = await Project(type);
        await client.Update(new { userId = "u1", email = "old@example.com" });

        (await client.Update(new { userId = "u1", email = "new@example.com" })).ShouldBeSuccess();

        var users = await Users(client);
        users.Should().ContainSingle();
        ((string?)users[0]["email"]).Should().Be("new@example.com");
    }

    [TestCase("email")]
    [TestCase("hybrid")]
    public async Task EmailAlone_CreatesThatProfile_ThenUpdatesIt(string type)
    {
        var client = await Project(type);
        (await client.Update(new { email = "a@example.com", dataFields = new { n = 1 } })).ShouldBeSuccess();
        (await client.Update(new { email = "a@example.com", dataFields = new { n = 2 } })).ShouldBeSuccess();

        var users = await Users(client);
        users.Should().ContainSingle();
        ((int?)users[0]["dataFields"]!["n"]).Should().Be(2);
    }

    [Test]
    public async Task UserIdProject_EmailAlone_IsBadParams_KnownOrNot()
    {
        var client = await Project("userId");
        await client.Update(new { userId = "u1", email = "known@example.com" });

        (await client.Update(new { email = "known@example.com" })).ShouldBeError(400, "BadParams");
        (await client.Update(new { email = "unknown@example.com" })).ShouldBeError(400, "BadParams");
        (await client.Register("unknown@example.com", "tok")).ShouldBeError(400, "BadParams");
        (await Users(client)).Should().ContainSingle();
    }

    [Test]
    public async Task EmailProject_UnknownUserIdAlone_IsUnknownUserIdError()
    {
        var client = ApiClient.Iterable();
        var response = await client.Update(new { userId = "nobody" });

        response.ShouldBeError(400, "UnknownUserIdError");
        response.ShouldMatchContract("updateUser");
        (await Users(client)).Should().BeEmpty();
    }

    [Test]
    public async Task EmailProject_UnknownUserIdAlone_WithPreferUserId_CreatesAPlaceholderEmail()
    {
        var client = ApiClient.Iterable();
        (await client.Update(new { userId = "u1", preferUserId = true })).ShouldBeSuccess();

        var user = await client.GetByUserId("u1");
        ((string?)user["$.user.email"]).Should().MatchRegex("^[0-9a-z]+@placeholder\\.email$");
        ((string?)user["$.user.dataFields.email"]).Should().Be((string?)user["$.user.email"]);
    }

    [Test]
    public async Task EmailProject_KnownUserIdAlone_UpdatesThatProfile()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com", userId = "u1" });

        (await client.Update(new { userId = "u1", dataFields = new { seen = true } })).ShouldBeSuccess();

        ((bool?)(await client.GetByEmail("a@example.com"))["$.user.dataFields.seen"]).Should().BeTrue();
    }

    [TestCase("userId")]
    [TestCase("hybrid")]
    public async Task UserIdWinsProject_UnknownUserIdAlone_CreatesTheProfile(string type)
    {
        var client = await Project(type);
        (await client.Update(new { userId = "u1" })).ShouldBeSuccess();

        var user = await client.GetByUserId("u1");
        ((string?)user["$.user.userId"]).Should().Be("u1");
        user["$.user.email"].Type.Should().Be(JTokenType.Null, "no placeholder outside email-based projects");
    }

    [Test]
    public async Task EmailProject_UserIdIsNotUnique_TwoProfilesMayShareIt()
    {
        var client = ApiClient.Iterable();
        (await client.Update(new { email = "a@example.com", userId = "shared" })).ShouldBeSuccess();
        (await client.Update(new { email = "b@example.com", userId = "shared" })).ShouldBeSuccess();

        (await Users(client)).Select(u => (string?)u["userId"]).Should().Equal("shared", "shared");
    }

    [Test]
    public async Task UserIdProject_EmailIsNotUnique_TwoProfilesMayShareIt()
    {
        var client = await Project("userId");
        (await client.Update(new { userId = "u1", email = "same@example.com" })).ShouldBeSuccess();
        (await client.Update(new { userId = "u2", email = "same@example.com" })).ShouldBeSuccess();

        (await Users(client)).Should().HaveCount(2);
    }

    [TestCase("email", "a@example.com", "u1", "b@example.com", "u1")]
    [TestCase("userId", "a@example.com", "u1", "a@example.com", "u2")]
    public async Task BothGiven_WinnerMatchesNoProfile_CreatesANewOne(string type, string email1, string userId1, string email2, string userId2)
    {
        var client = await Project(type);
        await client.Update(new { email = email1, userId = userId1 });

        (await client.Update(new { email = email2, userId = userId2 })).ShouldBeSuccess();

        (await Users(client)).Should().HaveCount(2);
    }

    [Test]
    public async Task HybridProject_UnknownUserIdWithKnownEmail_PicksThatEmailsProfile()
    {
        var client = await Project("hybrid");
        await client.Update(new { email = "a@example.com", dataFields = new { kept = true } });

        (await client.Update(new { email = "a@example.com", userId = "u1" })).ShouldBeSuccess();

        var users = await Users(client);
        users.Should().ContainSingle();
        ((string?)users[0]["userId"]).Should().Be("u1");
        ((bool?)users[0]["dataFields"]!["kept"]).Should().BeTrue();
    }

    [Test]
    public async Task HybridProject_LoserEmailHeldByAnotherProfile_Is409_AndNothingChanges()
    {
        var client = await Project("hybrid");
        await client.Update(new { userId = "u1", email = "one@example.com" });
        await client.Update(new { userId = "u2", email = "two@example.com" });
        var before = await client.Admin(HttpMethod.Get, "state");

        var response = await client.Update(new { userId = "u1", email = "two@example.com", dataFields = new { x = 1 } });

        response.ShouldBeError(409, "ExternalKeyConflict");
        response.ShouldMatchContract("updateUser");
        (await client.Admin(HttpMethod.Get, "state")).Json.ShouldBeJson(before.Json);
    }
}
