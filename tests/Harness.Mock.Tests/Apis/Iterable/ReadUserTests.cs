using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>The four GET user forms.</summary>
public sealed class ReadUserTests
{
    private static async Task<ApiClient> WithAda()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "ada@example.com", userId = "u1", dataFields = new { firstName = "Ada" } });
        await client.Register("ada@example.com", "tok-1", "APNS");
        return client;
    }

    [TestCase("/users/getByEmail?email=ada%40example.com", "getUserByEmail")]
    [TestCase("/users/ada%40example.com", "getUserByEmailPath")]
    [TestCase("/users/byUserId/u1", "getUserByUserId")]
    [TestCase("/users/byUserId?userId=u1", "getUserByUserIdQuery")]
    public async Task Get_KnownUser_ReturnsTheProfile_InEveryForm(string path, string operationId)
    {
        var client = await WithAda();
        var response = await client.Get(path);

        response.Status.Should().Be(200);
        response.ShouldMatchContract(operationId);
        ((string?)response["$.user.email"]).Should().Be("ada@example.com");
        ((string?)response["$.user.userId"]).Should().Be("u1");
        ((string?)response["$.user.dataFields.firstName"]).Should().Be("Ada");
        ((string?)response["$.user.dataFields.devices[0].token"]).Should().Be("tok-1");
    }

    [TestCase("/users/getByEmail?email=nobody%40example.com", "getUserByEmail")]
    [TestCase("/users/nobody%40example.com", "getUserByEmailPath")]
    [TestCase("/users/byUserId/nobody", "getUserByUserId")]
    [TestCase("/users/byUserId?userId=nobody", "getUserByUserIdQuery")]
    public async Task Get_UnknownUser_IsAnEmptyObject(string path, string operationId)
    {
        var response = await (await WithAda()).Get(path);

        response.Status.Should().Be(200);
        response.Json.ShouldBeJson(new JObject());
        response.ShouldMatchContract(operationId);
    }

    [TestCase("/users/getByEmail?email=000", "getUserByEmail", "Invalid email: 000")]
    [TestCase("/users/000", "getUserByEmailPath", "Invalid email: 000")]
    [TestCase("/users/user%20%40Example.com", "getUserByEmailPath", "Invalid email: user @example.com")]
    [TestCase("/users/getByEmail?email=None", "getUserByEmail", "Invalid email: none")]
    public async Task Get_MalformedEmail_IsInvalidEmailAddressError_EchoedLowercased(string path, string operationId, string msg)
    {
        var response = await (await WithAda()).Get(path);

        response.ShouldBeError(400, "InvalidEmailAddressError", msg);
        response.ShouldMatchContract(operationId);
    }

    [TestCase("/users/getByEmail?email=ADA%40Example.COM")]
    [TestCase("/users/Ada%40example.com")]
    public async Task Get_ByEmailInAnotherCase_FindsTheProfile_AndEchoesItLowercased(string path)
    {
        var response = await (await WithAda()).Get(path);

        ((string?)response["$.user.email"]).Should().Be("ada@example.com");
        ((string?)response["$.user.dataFields.email"]).Should().Be("ada@example.com");
    }

    [Test]
    public async Task GetByEmail_WithoutEmail_IsBadParams()
    {
        var response = await ApiClient.Iterable().Get("/users/getByEmail");
        response.ShouldBeError(400, "BadParams");
        response.ShouldMatchContract("getUserByEmail");
    }

    [Test]
    public async Task GetByUserIdQuery_WithoutUserId_IsBadParams()
    {
        var response = await ApiClient.Iterable().Get("/users/byUserId");
        response.ShouldBeError(400, "BadParams");
        response.ShouldMatchContract("getUserByUserIdQuery");
    }

    [TestCase("/users/getByEmail?email=a%40example.com")]
    [TestCase("/users/a%40example.com")]
    public async Task GetByEmail_InUserIdProject_IsBadParams(string path)
    {
        var client = ApiClient.Iterable();
        await client.ProjectType("userId");
        await client.Update(new { userId = "u1", email = "a@example.com" });

        (await client.Get(path)).ShouldBeError(400, "BadParams");
        ((string?)(await client.GetByUserId("u1"))["$.user.email"]).Should().Be("a@example.com");
    }

    [TestCase("/users/byUserId/{0}", "getUserByUserId")]
    [TestCase("/users/byUserId?userId={0}", "getUserByUserIdQuery")]
    public async Task GetByUserId_LongerThan52Characters_IsAnUnknownUser(string path, string operationId)
    {
        var response = await ApiClient.Iterable().Get(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, new string('u', 53)));

        response.Status.Should().Be(200);
        response.Json.ShouldBeJson(new JObject());
        response.ShouldMatchContract(operationId);
    }
}
