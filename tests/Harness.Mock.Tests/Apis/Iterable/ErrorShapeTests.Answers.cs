using FluentAssertions;
using Harness.Core.Schemas;
using Harness.Mock.Apis.Iterable;
using Harness.Mock.Server;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>Error answers beyond the body check: missing or malformed identifiers, size, unknown paths, faults.</summary>
public sealed partial class ErrorShapeTests
{
    [Test]
    public async Task Write_WithNeitherEmailNorUserId_IsBadParams()
    {
        var update = await ApiClient.Iterable().Update(new { dataFields = new { a = 1 } });
        var register = await ApiClient.Iterable().Register(new { userId = "", device = new { token = "t", platform = "GCM", applicationName = "app" } });

        update.ShouldBeError(400, "BadParams", "Either email or userId must be set");
        register.ShouldBeError(400, "BadParams", "Either email or userId must be set");
        update.ShouldMatchContract("updateUser");
    }

    [TestCase("")]
    [TestCase("000")]
    [TestCase("user @example.com")]
    [TestCase("user@example")]
    [TestCase("@example.com")]
    public async Task MalformedEmail_IsInvalidEmailAddressError_OnEveryWrite(string email)
    {
        var client = ApiClient.Iterable();
        var expected = $"Invalid email: {email}";

        (await client.Update(new { email })).ShouldBeError(400, "InvalidEmailAddressError", expected);
        (await client.Register(email, "tok")).ShouldBeError(400, "InvalidEmailAddressError", expected);
        (await client.Disable(new { token = "tok", email })).ShouldBeError(400, "InvalidEmailAddressError", expected);
        (await client.Admin(HttpMethod.Get, "iterable/view"))["$.total"].ToObject<int>().Should().Be(0);
    }

    [TestCase("a@b.co")]
    [TestCase("first.last+tag@mail.example.com")]
    public async Task WellFormedEmail_IsAccepted(string email) =>
        (await ApiClient.Iterable().Update(new { email })).ShouldBeSuccess();

    [Test]
    public async Task Body_LargerThanTheLimit_Is413InTheEnvelope()
    {
        var response = await ApiClient.Iterable().Update(new { email = "a@example.com", dataFields = new { blob = new string('x', 1_100_000) } });
        response.ShouldBeError(413, "RequestTooLarge");
        ((string?)response["$.msg"]).Should().Contain("1048576");
        response.ShouldMatchContract("updateUser");
    }

    [Test]
    public async Task UnknownPath_Is404ActionNotFoundPage_WithTheNearestOperationInAHeader()
    {
        var response = await ApiClient.Iterable().Post("/users/update/now", new { email = "a@example.com" });

        response.Status.Should().Be(404);
        response.ContentType.Should().StartWith("text/html");
        response.Text.Should().Be(IterableErrors.ActionNotFoundPage);
        response.Headers.GetValues(IterableErrors.HintHeader).Single().Should().Contain("did you mean").And.Contain("updateUser");
    }

    [Test]
    public async Task UnknownPath_IsAnsweredBeforeTheKeyCheck()
    {
        var response = await ApiClient.Iterable().Send(HttpMethod.Get, "/users/nothing/here/at/all", null, null, null, omitKey: true);

        response.Status.Should().Be(404);
        response.Text.Should().Contain("Oh no- that url doesn't exist.");
    }

    [TestCase("None", "Invalid email: none")]
    [TestCase("USER @Example.com", "Invalid email: user @example.com")]
    public async Task MalformedEmail_IsEchoedLowercased(string email, string msg) =>
        (await ApiClient.Iterable().Update(new { email })).ShouldBeError(400, "InvalidEmailAddressError", msg);

    [TestCase(400, "BadParams")]
    [TestCase(404, "NotFound")]
    [TestCase(500, "GenericError")]
    [TestCase(503, "GenericError")]
    public async Task ForcedFault_IsAnsweredInTheEnvelope(int status, string code)
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions());
        var client = new ApiClient(mock, "iterable");
        (await client.Admin(HttpMethod.Post, "faults", new { operation = "getUserByEmail", status })).Status.Should().Be(200);

        var response = await client.GetByEmail("a@example.com");

        response.ShouldBeError(status, code);
        if (status != 503)
        {
            response.ShouldMatchContract("getUserByEmail", mock);
        }
    }

    [Test]
    public async Task ForcedFault_429_CarriesRetryAfter()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions());
        var client = new ApiClient(mock, "iterable");
        await client.Admin(HttpMethod.Post, "faults", new { operation = "updateUser", status = 429 });

        var response = await client.Update(new { email = "a@example.com" });

        response.ShouldBeError(429, "RateLimitExceeded");
        response.Headers.GetValues("Retry-After").Should().Equal("1");
    }

    [Test]
    public void InternalError_Is500GenericError()
    {
        var response = IterableErrors.Instance.Internal("boom");
        response.Status.Should().Be(500);
        ((string?)response.Body!["code"]).Should().Be("GenericError");
        response.Body["params"]!.Type.Should().Be(JTokenType.Null);
    }
}
