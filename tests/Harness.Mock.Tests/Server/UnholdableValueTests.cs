using System.Net.Http.Headers;
using System.Text;
using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Server;

/// <summary>Numbers and text that no schema type can hold are refused with 400 and change nothing.</summary>
public sealed class UnholdableValueTests
{
    [Test]
    public async Task IntegerBeyond64Bits_AtATypedField_Is400_Not500()
    {
        var client = ApiClient.Netmera();

        var response = await client.Post("/sendPushApproval", "[{\"messageId\":123456789012345678901234567890}]");

        response.Status.Should().Be(400, response.Text);
        response.Text.Should().Contain("messageId");
    }

    [Test]
    public async Task NumberBeyondADouble_Is400_AndNotStoredAsInfinity()
    {
        var client = ApiClient.Iterable();

        var response = await client.Post("/users/update", "{\"email\":\"big@example.com\",\"dataFields\":{\"n\":1e400}}");

        response.Status.Should().Be(400, response.Text);
        (await client.Admin(HttpMethod.Get, "state")).Text.Should().NotContain("big@example.com").And.NotContain("Infinity");
    }

    [Test]
    public async Task InvalidUtf8_Is400_AndNotStoredAsAReplacementCharacter()
    {
        var client = ApiClient.Iterable();
        var body = Encoding.UTF8.GetBytes("{\"email\":\"utf@example.com\",\"dataFields\":{\"s\":\"a")
            .Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\"}}")).ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, client.Mock.UrlOf("iterable") + "/users/update")
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.Add("Api-Key", client.Key);

        using var http = new HttpClient();
        using var response = await http.SendAsync(request);

        ((int)response.StatusCode).Should().Be(400, await response.Content.ReadAsStringAsync());
        (await client.Admin(HttpMethod.Get, "requests")).Text.Should().Contain("not valid UTF-8");
        (await client.Admin(HttpMethod.Get, "state")).Text.Should().NotContain("utf@example.com").And.NotContain("\uFFFD");
    }

    [Test]
    public async Task NulInAnEmail_Is400_AndCreatesNoUser()
    {
        var client = ApiClient.Iterable();

        var response = await client.Post("/users/update", "{\"email\":\"nul\\u0000@example.com\"}");

        response.Status.Should().Be(400, response.Text);
        response.Text.Should().Contain("email");
        (await client.Admin(HttpMethod.Get, "state")).Text.Should().NotContain("nul");
    }
}
