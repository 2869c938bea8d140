using FluentAssertions;
using Harness.Mock.Server;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>The rows of behaviour.md's Netmera error table, and the request rules under it.</summary>
public sealed class ErrorShapeTests
{
    [Test]
    public async Task ApiKey_Missing_Is403_2010()
    {
        var client = ApiClient.Netmera();
        var response = await client.Send(HttpMethod.Post, "/tagUsers", new { tag = "a", extIds = new[] { "u1" } }, null, null, omitKey: true);
        response.ShouldBeError(403, 2010);
        ((string?)response["$.error"]).Should().Be("API key is invalid");
    }

    [Test]
    public async Task ApiKey_Empty_CountsAsMissing_403_2010()
    {
        var client = ApiClient.Netmera();
        var response = await client.Post("/tagUsers", new { tag = "a", extIds = new[] { "u1" } }, key: "");
        response.ShouldBeError(403, 2010);
    }

    [Test]
    public async Task ApiKey_NotInTheAcceptedList_Is403_2010()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { AcceptedKeys = ["good"] });
        var response = await new ApiClient(mock, "netmera", "bad").Get("/getDeviceTokens");
        response.ShouldBeError(403, 2010);
    }

    [Test]
    public async Task Body_NotJson_Is400_2009()
    {
        var response = await ApiClient.Netmera().Post("/tagUsers", "{\"tag\": \"a\", ");
        response.ShouldBeError(400, 2009);
    }

    [Test]
    public async Task Body_Empty_Is400_2009()
    {
        var response = await ApiClient.Netmera().Post("/tagUsers", "");
        response.ShouldBeError(400, 2009);
    }

    [Test]
    public async Task Field_Missing_Is2020_NamingTheField()
    {
        var response = await ApiClient.Netmera().Post("/tagUsers", new { extIds = new[] { "u1" } });
        response.ShouldBeError(400, 2020, "'tag'");
    }

    [Test]
    public async Task Field_WrongType_Is2004_FieldShouldBeAText()
    {
        var response = await ApiClient.Netmera().Post("/tagUsers", new { tag = 5, extIds = new[] { "u1" } });
        response.ShouldBeError(400, 2004);
        ((string?)response["$.error"]).Should().Be("Field 'tag' should be a text");
    }

    [TestCase("/updateEmail", "{\"extId\":\"u1\",\"email\":true}", "Field 'email' should be a text")]
    [TestCase("/deleteProfileAttributeValue", "[{\"key\":5,\"value\":\"x\"}]", "Field 'key' should be a text")]
    [TestCase("/untagUsers", "{\"tag\":\"t\",\"extIds\":[\"u1\"],\"checkExistence\":\"yes\"}", "Field 'checkExistence' should be a boolean")]
    [TestCase("/sendPushApproval", "[{\"messageId\":\"101\"}]", "Field 'messageId' should be a number")]
    [TestCase("/disableMail", "{\"emailList\":\"a@example.com\"}", "Field 'emailList' should be an array")]
    [TestCase("/tagUsers", "{\"tag\":\"t\",\"extIds\":[\"u1\",2]}", "Field 'extIds[1]' should be a text")]
    [TestCase("/sendPushApproval", "[\"u1\"]", "Item [0] of the request body should be an object")]
    public async Task Field_WrongType_NamesTheFieldAndTheType(string path, string body, string error)
    {
        var response = await ApiClient.Netmera().Post(path, body);
        response.ShouldBeError(400, 2004);
        ((string?)response["$.error"]).Should().Be(error);
    }

    [Test]
    public async Task Field_Null_CountsAsMissing_2020()
    {
        var response = await ApiClient.Netmera().Post("/updateMsisdn", "{\"extId\":\"u1\",\"msisdn\":null}");
        response.ShouldBeError(400, 2020, "'msisdn'");
    }

    [Test]
    public async Task Field_NullInAnItemOfAnArrayBody_CountsAsMissing_2020()
    {
        var response = await ApiClient.Netmera().Post("/deleteProfileAttributeValue", "[{\"key\":null,\"value\":\"x\"}]");
        response.ShouldBeError(400, 2020, "'key'");
    }

    [Test]
    public async Task MissingField_IsReportedBeforeAWrongType()
    {
        var response = await ApiClient.Netmera().Post("/deleteProfileAttributeValue", "[{\"key\":7,\"value\":1},{\"key\":\"k\"}]");
        response.ShouldBeError(400, 2020, "'value'");
    }

    [Test]
    public async Task IdList_Empty_Is2020()
    {
        var response = await ApiClient.Netmera().Post("/deleteUsersPermanently", new { extIds = Array.Empty<string>() });
        response.ShouldBeError(400, 2020, "'extIds'");
    }

    [Test]
    public async Task ArrayBody_Empty_Is2020()
    {
        var response = await ApiClient.Netmera().Post("/setProfileAttributes", "[]");
        response.ShouldBeError(400, 2020);
    }

    [TestCase("/setProfileAttributes")]
    [TestCase("/sendPushApproval")]
    [TestCase("/deleteProfileAttributeValue")]
    public async Task Body_ObjectWhereAnArrayIsExpected_Is2009_InvalidJson(string path)
    {
        var response = await ApiClient.Netmera().Post(path, new { extId = "u1", profile = new { a = 1 } });
        response.ShouldBeError(400, 2009);
        ((string?)response["$.error"]).Should().Be("Invalid JSON");
    }

    [TestCase("\"text\"")]
    [TestCase("[{\"tag\":\"t\",\"extIds\":[\"u1\"]}]")]
    [TestCase("null")]
    public async Task Body_OfAnotherKindWhereAnObjectIsExpected_Is2009_InvalidJson(string body)
    {
        var response = await ApiClient.Netmera().Post("/tagUsers", body);
        response.ShouldBeError(400, 2009);
        ((string?)response["$.error"]).Should().Be("Invalid JSON");
    }

    [Test]
    public async Task UnknownPath_Is404_ProblemDetail_BeforeTheKeyCheck()
    {
        var response = await ApiClient.Netmera().Send(HttpMethod.Post, "/tagUser", new { tag = "t" }, null, null, omitKey: true);

        response.Status.Should().Be(404);
        response.ContentType.Should().StartWith("application/problem+json");
        response.Json.ShouldEqualJson("""
            {"type":"about:blank","title":"Not Found","status":404,
             "detail":"No operation POST /rest/3.0/tagUser; did you mean POST /rest/3.0/tagUsers (tagUsers)?","instance":"/rest/3.0/tagUser"}
            """);
    }

    [Test]
    public async Task ServedPath_WithAnotherMethod_Is405_ProblemDetail_WithAllow()
    {
        var client = ApiClient.Netmera();
        using var http = new HttpClient();
        using var raw = await http.GetAsync($"{client.Mock.Url}/rest/3.0/tagUsers");
        raw.Content.Headers.Allow.Should().Equal("POST");
        var response = await client.Get("/tagUsers");

        response.Status.Should().Be(405);
        response.ContentType.Should().StartWith("application/problem+json");
        ((string?)response["$.title"]).Should().Be("Method Not Allowed");
        ((int)response["$.status"]).Should().Be(405);
        ((string?)response["$.instance"]).Should().Be("/rest/3.0/tagUsers");
        ((string?)response["$.detail"]).Should().Contain("GET").And.Contain("/rest/3.0/tagUsers");
    }

    [Test]
    public async Task BodyOverTheSizeLimit_Is413_2004()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { MaxBodyBytes = 1024 });
        var response = await new ApiClient(mock, "netmera").Post("/tagUsers", new { tag = new string('x', 2000), extIds = new[] { "u1" } });
        response.ShouldBeError(413, 2004, "1024 bytes");
    }

    [Test]
    public async Task InternalFailure_Is500_2001()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions());
        var client = new ApiClient(mock, "netmera");
        using var http = new HttpClient();
        (await http.PostAsync(mock.Url + "/__harness/faults",
            new StringContent("{\"operation\":\"tagUsers\",\"status\":500}", System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var response = await client.Post("/tagUsers", new { tag = "t", extIds = new[] { "u1" } });

        response.ShouldBeError(500, 2001);
    }

    [Test]
    public void EveryOperation_DocumentsEveryStatusTheMockAnswers()
    {
        var operations = MockSetup.Mock.Catalog.FindApi("netmera")!.Operations;
        operations.Should().HaveCount(24);
        foreach (var operation in operations)
        {
            operation.Responses.Keys.Should().Contain([200, 400, 403, 413, 500], operation.OperationId);
        }
    }
}
