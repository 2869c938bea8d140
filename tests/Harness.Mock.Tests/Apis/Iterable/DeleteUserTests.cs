using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>The two DELETE user forms.</summary>
public sealed class DeleteUserTests
{
    [Test]
    public async Task DeleteByEmail_DeletesTheProfileAndItsDevices()
    {
        var client = ApiClient.Iterable();
        await client.Register("a@example.com", "shared");
        await client.Register("b@example.com", "shared");

        var response = await client.Delete("/users/a%40example.com");

        response.ShouldBeSuccess();
        response.ShouldMatchContract("deleteUserByEmail");
        (await client.GetByEmail("a@example.com")).Json.ShouldBeJson(new JObject());
        (await client.Disable(new { token = "shared" })).ShouldBeSuccess();
        ((bool?)(await client.GetByEmail("b@example.com"))["$.user.dataFields.devices[0].endpointEnabled"]).Should().BeFalse();
    }

    [Test]
    public async Task DeleteByEmail_Unknown_IsSuccess() =>
        (await ApiClient.Iterable().Delete("/users/nobody%40example.com")).ShouldBeSuccess();

    [TestCase("/users/not-an-email", "Invalid email: not-an-email")]
    [TestCase("/users/NOT%20AN%40EMAIL.com", "Invalid email: not an@email.com")]
    public async Task DeleteByEmail_Malformed_IsInvalidEmailAddressError(string path, string msg)
    {
        var response = await ApiClient.Iterable().Delete(path);

        response.ShouldBeError(400, "InvalidEmailAddressError", msg);
        response.ShouldMatchContract("deleteUserByEmail");
    }

    [Test]
    public async Task DeleteByEmail_InAnotherCase_DeletesTheProfile()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "ada@example.com" });

        (await client.Delete("/users/ADA%40Example.com")).ShouldBeSuccess();

        (await client.GetByEmail("ada@example.com")).Json.ShouldBeJson(new JObject());
    }

    [Test]
    public async Task DeleteByEmail_InUserIdProject_IsBadParams()
    {
        var client = ApiClient.Iterable();
        await client.ProjectType("userId");
        await client.Update(new { userId = "u1", email = "a@example.com" });

        var response = await client.Delete("/users/a%40example.com");

        response.ShouldBeError(400, "BadParams");
        response.ShouldMatchContract("deleteUserByEmail");
        (await client.GetByUserId("u1")).Json!["user"].Should().NotBeNull();
    }

    [Test]
    public async Task DeleteByUserId_DeletesTheProfile_WithASentenceInMsg()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com", userId = "42" });

        var response = await client.Delete("/users/byUserId/42");

        response.ShouldBeSuccess("All users associated with 42 were successfully deleted");
        response.ShouldMatchContract("deleteUserByUserId");
        (await client.GetByEmail("a@example.com")).Json.ShouldBeJson(new JObject());
    }

    [Test]
    public async Task DeleteByUserId_Unknown_IsBadParams()
    {
        var response = await ApiClient.Iterable().Delete("/users/byUserId/42");
        response.ShouldBeError(400, "BadParams", "User does not exist. Email:  UserId: 42");
        response.ShouldMatchContract("deleteUserByUserId");
    }

    [Test]
    public async Task DeleteByUserId_LongerThan52Characters_IsAnUnknownUser()
    {
        var userId = new string('u', 53);
        var response = await ApiClient.Iterable().Delete("/users/byUserId/" + userId);
        response.ShouldBeError(400, "BadParams", $"User does not exist. Email:  UserId: {userId}");
    }

    [Test]
    public async Task DeleteByUserId_SharedInEmailProject_DeletesThemAll()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com", userId = "shared" });
        await client.Update(new { email = "b@example.com", userId = "shared" });
        await client.Update(new { email = "c@example.com", userId = "other" });

        (await client.Delete("/users/byUserId/shared")).ShouldBeSuccess("All users associated with shared were successfully deleted");

        (await client.Admin(HttpMethod.Get, "iterable/view")).Json!["users"]!.Select(u => (string?)u["email"]).Should().Equal("c@example.com");
    }
}
