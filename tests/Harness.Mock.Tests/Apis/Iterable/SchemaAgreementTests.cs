using FluentAssertions;
using Harness.Core.Schemas;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>
/// The OpenAPI file states the rules the mock enforces, so tools that generate requests from it (fuzzers,
/// contract testers) never send a "valid" request the mock refuses, nor an invalid one it accepts.
/// </summary>
public sealed class SchemaAgreementTests
{
    private const string Device = """{"token":"tok-1","platform":"GCM","applicationName":"app"}""";

    [TestCase("updateUser", """{"email":"000"}""", "InvalidEmailAddressError")]
    [TestCase("updateUser", """{"email":"user @example.com"}""", "InvalidEmailAddressError")]
    [TestCase("updateUser", """{"email":""}""", "InvalidEmailAddressError")]
    [TestCase("updateUser", """{"email":"a@example.com","userId":"uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu"}""", "InvalidUserIdError")]
    [TestCase("updateUser", """{"email":"a@example.com","dataFields":{"userId":"uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu"}}""", "InvalidUserIdError")]
    [TestCase("updateUser", """{"dataFields":{"a":1}}""", "BadParams")]
    [TestCase("registerDeviceToken", """{"device":""" + Device + "}", "BadParams")]
    [TestCase("registerDeviceToken", """{"email":"a@example.com","device":{"token":"","platform":"GCM","applicationName":"app"}}""", "BadParams")]
    [TestCase("disableDevice", """{"token":"t","email":"not-an-email"}""", "InvalidEmailAddressError")]
    [TestCase("disableDevice", """{"token":"t","userId":"uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu"}""", "InvalidUserIdError")]
    public async Task ABodyTheMockRefuses_IsInvalidAgainstTheSchema_AndAnsweredWithItsSemanticCode(string operationId, string body, string code)
    {
        var operation = MockSetup.Mock.Catalog.Find(operationId)!;
        var json = JObject.Parse(body);

        SchemaValidator.Validate(operation.RequestSchema!, json).Should().NotBeEmpty();
        var response = await ApiClient.Iterable().Post(operation.Path.Template["/api".Length..], json);
        response.ShouldBeError(400, code);
    }

    [TestCase("updateUser", """{"email":"Mixed.Case+tag@Mail.Example.com","dataFields":{"signupDate":null,"x":null}}""")]
    [TestCase("updateUser", """{"userId":"uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu","preferUserId":true}""")]
    [TestCase("registerDeviceToken", """{"userId":"u1","preferUserId":true,"device":""" + Device + "}")]
    [TestCase("disableDevice", """{"token":"t"}""")]
    public async Task ABodyTheSchemaAccepts_IsAcceptedByTheMock(string operationId, string body)
    {
        var operation = MockSetup.Mock.Catalog.Find(operationId)!;
        var json = JObject.Parse(body);

        SchemaValidator.Validate(operation.RequestSchema!, json).Should().BeEmpty();
        (await ApiClient.Iterable().Post(operation.Path.Template["/api".Length..], json)).ShouldBeSuccess();
    }

    [TestCase("getUserByEmail", "000")]
    [TestCase("getUserByEmailPath", "user @example.com")]
    [TestCase("deleteUserByEmail", "")]
    public void AMalformedEmailParameter_IsInvalidAgainstTheSchema(string operationId, string email)
    {
        var parameter = MockSetup.Mock.Catalog.Find(operationId)!.Parameters.Single(p => p.Name == "email");

        SchemaValidator.Validate(parameter.Schema, new JValue(email)).Should().ContainSingle().Which.Kind.Should().Be(ViolationKind.PatternMismatch);
    }
}
