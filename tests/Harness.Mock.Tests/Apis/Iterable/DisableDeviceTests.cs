using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>POST /api/users/disableDevice.</summary>
public sealed class DisableDeviceTests
{
    private static async Task<bool?> Enabled(ApiClient client, string email, string token = "shared")
    {
        var devices = (JArray?)(await client.GetByEmail(email)).Json!["user"]?["dataFields"]?["devices"];
        return (bool?)devices?.SingleOrDefault(d => (string?)d["token"] == token)?["endpointEnabled"];
    }

    /// <summary>Two profiles holding the token "shared": a@ (userId ua) and b@ (userId ub).</summary>
    private static async Task<ApiClient> TwoHolders(string type = "email")
    {
        var client = ApiClient.Iterable();
        await client.ProjectType(type);
        foreach (var (email, userId) in new[] { ("a@example.com", "ua"), ("b@example.com", "ub") })
        {
            (await client.Register(new { email, userId, device = new { token = "shared", platform = "GCM", applicationName = "app" } })).ShouldBeSuccess();
        }

        return client;
    }

    [Test]
    public async Task DisableDevice_WithEmail_DisablesOnlyThatProfilesDevice()
    {
        var client = await TwoHolders();
        var response = await client.Disable(new { token = "shared", email = "a@example.com" });

        response.ShouldBeSuccess();
        response.ShouldMatchContract("disableDevice");
        (await Enabled(client, "a@example.com")).Should().BeFalse();
        (await Enabled(client, "b@example.com")).Should().BeTrue();
    }

    [Test]
    public async Task DisableDevice_WithUserId_DisablesOnlyThatProfilesDevice()
    {
        var client = await TwoHolders();
        (await client.Disable(new { token = "shared", userId = "ub" })).ShouldBeSuccess();

        (await Enabled(client, "a@example.com")).Should().BeTrue();
        (await Enabled(client, "b@example.com")).Should().BeFalse();
    }

    [TestCase("email", "a@example.com", "b@example.com")]
    [TestCase("hybrid", "b@example.com", "a@example.com")]
    public async Task DisableDevice_WithBoth_OnlyThePrecedenceWinnerCounts_AndNothingIsWritten(string type, string disabled, string untouched)
    {
        var client = await TwoHolders(type);
        var before = await client.Admin(HttpMethod.Get, "iterable/view");

        (await client.Disable(new { token = "shared", email = "a@example.com", userId = "ub" })).ShouldBeSuccess();

        (await Enabled(client, disabled)).Should().BeFalse();
        (await Enabled(client, untouched)).Should().BeTrue();
        var after = await client.Admin(HttpMethod.Get, "iterable/view");
        after.Json!["users"]!.Select(u => (string?)u["userId"]).Should().Equal("ua", "ub");
        after.Json["users"]!.Select(u => (string?)u["email"]).Should().Equal(before.Json!["users"]!.Select(u => (string?)u["email"]));
    }

    [TestCase("email", "userId \"ub\" was ignored")]
    [TestCase("hybrid", "email \"a@example.com\" was ignored")]
    [TestCase("userId", "email \"a@example.com\" was ignored")]
    public async Task DisableDevice_WithBoth_RecordsTheIgnoredIdentifier_InTheJournal(string type, string warning)
    {
        var client = await TwoHolders(type);

        (await client.Disable(new { token = "shared", email = "A@example.com", userId = "ub" })).ShouldBeSuccess();

        var journal = await client.Admin(HttpMethod.Get, "requests?operation=disableDevice");
        journal.Json!["requests"]!.Should().ContainSingle()
            .Which["warnings"]!.Values<string>().Should().ContainSingle(w => w!.Contains(warning, StringComparison.Ordinal));
    }

    [Test]
    public async Task DisableDevice_WithOneIdentifier_RecordsNoWarning()
    {
        var client = await TwoHolders("email");

        (await client.Disable(new { token = "shared", email = "a@example.com" })).ShouldBeSuccess();

        var journal = await client.Admin(HttpMethod.Get, "requests?operation=disableDevice");
        journal.Json!["requests"]!.Should().ContainSingle().Which["warnings"]!.Should().BeEmpty();
    }

    [Test]
    public async Task DisableDevice_WithoutEmail_DisablesTokenOnEveryProfile()
    {
        var client = await TwoHolders();
        await client.Register("c@example.com", "other");

        (await client.Disable(new { token = "shared" })).ShouldBeSuccess();

        (await Enabled(client, "a@example.com")).Should().BeFalse();
        (await Enabled(client, "b@example.com")).Should().BeFalse();
        (await Enabled(client, "c@example.com", "other")).Should().BeTrue();
    }

    [Test]
    public async Task DisableDevice_KeepsTheEntry_AndReRegisteringEnablesItAgain()
    {
        var client = ApiClient.Iterable();
        await client.Register("a@example.com", "shared");

        await client.Disable(new { token = "shared" });
        (await Enabled(client, "a@example.com")).Should().BeFalse();

        await client.Register("a@example.com", "shared");
        (await Enabled(client, "a@example.com")).Should().BeTrue();
    }

    [Test]
    public async Task DisableDevice_UnknownEmail_IsUnknownEmailError()
    {
        var client = await TwoHolders();
        var response = await client.Disable(new { token = "shared", email = "nobody@example.com" });

        response.ShouldBeError(400, "UnknownEmailError");
        response.ShouldMatchContract("disableDevice");
        (await Enabled(client, "a@example.com")).Should().BeTrue();
    }

    [Test]
    public async Task DisableDevice_UnknownUserId_IsUnknownUserIdError()
    {
        var client = await TwoHolders();
        (await client.Disable(new { token = "shared", userId = "nobody" })).ShouldBeError(400, "UnknownUserIdError");
    }

    [Test]
    public async Task DisableDevice_EmailOnlyInUserIdProject_IsBadParams()
    {
        var client = await TwoHolders("userId");
        (await client.Disable(new { token = "shared", email = "a@example.com" })).ShouldBeError(400, "BadParams");
    }

    [Test]
    public async Task DisableDevice_TokenNoProfileHolds_IsSuccess_AndChangesNothing()
    {
        var client = await TwoHolders();
        var before = await client.Admin(HttpMethod.Get, "state");

        (await client.Disable(new { token = "unknown" })).ShouldBeSuccess();
        (await client.Disable(new { token = "unknown", email = "a@example.com" })).ShouldBeSuccess();

        (await client.Admin(HttpMethod.Get, "state")).Json.ShouldBeJson(before.Json);
    }

    [Test]
    public async Task DisableDevice_RefreshesProfileUpdatedAt()
    {
        await using var mock = await ClockedMock.StartAsync();
        var client = mock.Client();
        await client.Register("a@example.com", "tok-1");

        mock.Time.Advance(TimeSpan.FromHours(2));
        await client.Disable(new { token = "tok-1" });

        ((string?)(await client.GetByEmail("a@example.com"))["$.user.dataFields.profileUpdatedAt"]).Should().Be("2026-03-14 17:09:26 +00:00");
    }
}
