using FluentAssertions;
using Harness.Core.Schemas;
using Harness.Mock.Apis.Iterable;
using Harness.Mock.Server;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>The general table of behaviour.md's Iterable section: keys, bodies, envelope.</summary>
public sealed partial class ErrorShapeTests
{
    [TestCase(null, TestName = "ApiKey_Missing_Is401BadApiKey_WithIpAndEndpoint")]
    [TestCase("", TestName = "ApiKey_Empty_Is401BadApiKey_WithIpAndEndpoint")]
    [TestCase("   ", TestName = "ApiKey_WhitespaceOnly_CountsAsMissing")]
    public async Task ApiKey_Rejected_Is401BadApiKey(string? key)
    {
        var client = ApiClient.Iterable();
        var response = await client.Send(HttpMethod.Post, "/users/update", new { email = "a@example.com" }, key, null, omitKey: key is null);

        response.ShouldBeError(401, "BadApiKey");
        ((string?)response["$.params.endpoint"]).Should().Be("/api/users/update");
        ((string?)response["$.params.ip"]).Should().NotBeNullOrEmpty();
        response.ShouldMatchContract("updateUser");
    }

    [Test]
    public async Task ApiKey_NotInTheAcceptedList_Is401BadApiKey()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { AcceptedKeys = ["good-key"] });
        var response = await new ApiClient(mock, "iterable", "other-key").GetByEmail("a@example.com");
        response.ShouldBeError(401, "BadApiKey");
        (await new ApiClient(mock, "iterable", "good-key").GetByEmail("a@example.com")).Status.Should().Be(200);
    }

    [Test]
    public async Task ApiKey_EveryNonEmptyKey_IsItsOwnTenant()
    {
        var first = ApiClient.Iterable();
        var second = ApiClient.Iterable();
        (await first.Update(new { email = "same@example.com", dataFields = new { owner = "first" } })).ShouldBeSuccess();

        (await second.GetByEmail("same@example.com")).Json.ShouldBeJson(new JObject());
        ((string?)(await first.GetByEmail("same@example.com"))["$.user.dataFields.owner"]).Should().Be("first");
    }

    [Test]
    public async Task Body_NotJson_Is400BadJsonBody_WithNullParams_AndThePathInMsg()
    {
        var response = await ApiClient.Iterable().Post("/users/update", "{email: nope");
        response.ShouldBeError(400, "BadJsonBody", "[/api/users/update] Invalid JSON body");
        response["$.params"].Type.Should().Be(JTokenType.Null);
        response.ShouldMatchContract("updateUser");
    }

    [Test]
    public async Task Body_Empty_Is400BadJsonBody()
    {
        var response = await ApiClient.Iterable().Post("/users/update", "");
        response.ShouldBeError(400, "BadJsonBody", "[/api/users/update] Invalid JSON body");
        response["$.params"].Type.Should().Be(JTokenType.Null);
    }

    [Test]
    public async Task Body_JsonThatIsNotAnObject_Is400BadJsonBody()
    {
        var response = await ApiClient.Iterable().Post("/users/update", "[1,2]");
        response.ShouldBeError(400, "BadJsonBody");
        ((string?)response.Json!["params"]!["obj"]).Should().Be("error.expected.jsobject");
    }

    [Test]
    public async Task Body_MissingRequiredField_IsPathMissing_InPlayStyle()
    {
        var response = await ApiClient.Iterable().Register(new { email = "a@example.com", device = new { platform = "GCM", applicationName = "app" } });

        response.ShouldBeError(400, "BadJsonBody", "[/api/users/registerDeviceToken] Invalid JSON body");
        response.Json!["params"].ShouldBeJson(JObject.Parse("""{"obj.device.token":"error.path.missing"}"""));
        response.ShouldMatchContract("registerDeviceToken");
    }

    [Test]
    public async Task Body_WrongTypes_AreNamedByTheExpectedJsType()
    {
        var response = await ApiClient.Iterable().Update(new { email = 42, preferUserId = "yes", dataFields = new[] { 1 } });

        response.ShouldBeError(400, "BadJsonBody");
        var parameters = (JObject)response.Json!["params"]!;
        ((string?)parameters["obj.email"]).Should().Be("error.expected.jsstring");
        ((string?)parameters["obj.preferUserId"]).Should().Be("error.expected.jsboolean");
        ((string?)parameters["obj.dataFields"]).Should().Be("error.expected.jsobject");
    }

    [Test]
    public async Task Body_PlatformOutsideTheEnum_IsValidEnumValue()
    {
        var response = await ApiClient.Iterable().Register("a@example.com", "tok", platform: "IOS");
        response.ShouldBeError(400, "BadJsonBody");
        ((string?)response.Json!["params"]!["obj.device.platform"]).Should().Be("error.expected.validenumvalue");
    }

    [Test]
    public void PlayErrors_NumberAndArrayTypes_AndArrayPaths_AreSpelledLikePlay()
    {
        var errors = PlayErrors.Of(
        [
            new SchemaViolation(["items", 0, "count"], ViolationKind.WrongType, "", "integer"),
            new SchemaViolation(["tags"], ViolationKind.WrongType, "", "array"),
            new SchemaViolation([], ViolationKind.WrongType, "", "object"),
        ]);

        ((string?)errors["obj.items[0].count"]).Should().Be("error.expected.jsnumber");
        ((string?)errors["obj.tags"]).Should().Be("error.expected.jsarray");
        ((string?)errors["obj"]).Should().Be("error.expected.jsobject");
    }

    [Test]
    public async Task Body_NullInOptionalField_CountsAsAbsent()
    {
        var client = ApiClient.Iterable();
        var response = await client.Update(new { email = "a@example.com", userId = (string?)null, dataFields = (object?)null, preferUserId = (bool?)null, mergeNestedObjects = (bool?)null });

        response.ShouldBeSuccess();
        (await client.GetByEmail("a@example.com"))["$.user.userId"].Type.Should().Be(JTokenType.Null);
    }

    [Test]
    public async Task Body_NullInRequiredField_IsExpectedTypeAtItsPath()
    {
        var response = await ApiClient.Iterable().Disable(new { token = (string?)null });
        response.ShouldBeError(400, "BadJsonBody");
        ((string?)response.Json!["params"]!["obj.token"]).Should().Be("error.expected.jsstring");
        response.ShouldMatchContract("disableDevice");
    }

    [Test]
    public void PlayErrors_SeveralProblemsAtOnePath_KeepTheFirst()
    {
        var errors = PlayErrors.Of(
        [
            new SchemaViolation(["email"], ViolationKind.WrongType, "", "string"),
            new SchemaViolation(["email"], ViolationKind.Missing, ""),
        ]);

        errors.ShouldBeJson(JObject.Parse("""{"obj.email":"error.expected.jsstring"}"""));
    }

    [Test]
    public async Task Body_ShapeProblemNextToAMalformedEmail_ListsOnlyTheShape()
    {
        var response = await ApiClient.Iterable().Update(new { email = "user @example.com", mergeNestedObjects = "yes" });

        response.ShouldBeError(400, "BadJsonBody");
        response.Json!["params"].ShouldBeJson(JObject.Parse("""{"obj.mergeNestedObjects":"error.expected.jsboolean"}"""));
    }

    [Test]
    public async Task Body_SeveralProblems_AreAllListed()
    {
        var response = await ApiClient.Iterable().Register(new { email = 1, device = new { token = 2, platform = "X" } });

        response.ShouldBeError(400, "BadJsonBody");
        ((JObject)response.Json!["params"]!).Properties().Select(p => p.Name).Should()
            .BeEquivalentTo("obj.email", "obj.device.token", "obj.device.platform", "obj.device.applicationName");
    }
}
