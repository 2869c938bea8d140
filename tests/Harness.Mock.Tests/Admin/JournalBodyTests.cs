using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Admin;

/// <summary>
/// The journal shows each request's body as the client sent it, decoded when the journal is read rather than
/// when the request is answered, and cut after 4 KB with the full size named.
/// </summary>
public sealed class JournalBodyTests
{
    private static async Task<JToken> LastEntry(ApiClient client, string operation)
    {
        var journal = await client.Admin(HttpMethod.Get, $"requests?operation={operation}");
        return journal.Json!["requests"]!.Last!;
    }

    [Test]
    public async Task Journal_ShowsTheRequestBody_AsSent_WithTextBeyondAscii()
    {
        var client = ApiClient.Iterable();
        const string body = """{"email":"zoë@example.com","dataFields":{"city":"İstanbul","note":"日本 😀"}}""";

        (await client.Post("/users/update", body)).Status.Should().Be(200);

        var entry = await LastEntry(client, "updateUser");
        ((string?)entry["requestBody"]).Should().Be(body);
        ((string?)entry["responseBody"]).Should().Be("""{"msg":"","code":"Success","params":null}""");
    }

    [Test]
    public async Task Journal_CutsABodyOverFourKilobytes_AndNamesItsSize()
    {
        var client = ApiClient.Iterable();
        var filler = new string('x', 6000);
        var body = $$$"""{"email":"long@example.com","dataFields":{"filler":"{{{filler}}}"}}""";

        (await client.Post("/users/update", body)).Status.Should().Be(200);

        var shown = (string?)(await LastEntry(client, "updateUser"))["requestBody"];
        shown.Should().StartWith(body[..4096]).And.EndWith($"… ({body.Length} bytes)");
        shown!.Length.Should().Be(4096 + $"… ({body.Length} bytes)".Length);
    }

    [Test]
    public async Task Journal_OfARequestWithoutBody_HasNoRequestBody()
    {
        var client = ApiClient.Netmera();

        (await client.Get("/getDevices?extId=nobody")).Status.Should().Be(200);

        var entry = await LastEntry(client, "getDevices");
        ((string?)entry["operation"]).Should().Be("getDevices");
        ((string?)entry["requestBody"]).Should().BeNull();
        entry["errors"]!.Should().BeEmpty();
    }
}
