using System.Net.Http.Headers;
using System.Text;
using FluentAssertions;
using Harness.Mock.Server;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Admin;

/// <summary>A web page in the developer's browser cannot change the mock's state or read it through a rebound DNS name.</summary>
public sealed class AdminRequestGuardTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private static async Task<(int Status, string Text)> Send(HttpMethod method, string path, string? body = null,
        string? contentType = null, IDictionary<string, string>? headers = null, string? host = null)
    {
        using var request = new HttpRequestMessage(method, MockSetup.Mock.Url + "/__harness/" + path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await Http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task CrossOriginPost_IsRefused_AndChangesNothing()
    {
        var key = $"guard-{Guid.NewGuid():N}";
        var (status, text) = await Send(HttpMethod.Post, $"faults?tenant={key}", "{\"operation\":\"*\",\"status\":500}", "application/json",
            new Dictionary<string, string> { ["Origin"] = "https://evil.example" });

        status.Should().Be(403, text);
        MockSetup.Mock.Runtime.Faults.Rules.Should().NotContain(r => r.Tenant == key);
    }

    [Test]
    public async Task CrossSiteFetchMetadata_IsRefused()
    {
        var (status, _) = await Send(HttpMethod.Post, "reset?tenant=nobody-in-particular", headers: new Dictionary<string, string> { ["Sec-Fetch-Site"] = "cross-site" });

        status.Should().Be(403);
    }

    [TestCase("text/plain")]
    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("multipart/form-data; boundary=x")]
    public async Task NonJsonContentType_OnAStateChangingCall_Is415(string contentType)
    {
        var (status, text) = await Send(HttpMethod.Post, "clock", "{\"advance\":\"PT1H\"}", contentType);

        status.Should().Be(415, text);
        text.Should().Contain("JSON");
    }

    [Test]
    public async Task ForeignHostName_IsRefused_EvenForReads()
    {
        var (status, text) = await Send(HttpMethod.Get, "state", host: $"rebound.evil.example:{MockSetup.Mock.Port}");

        status.Should().Be(403, text);
        text.Should().Contain("DNS rebinding");
    }

    [Test]
    public async Task ConfiguredHostName_IsAnswered()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { AdminHosts = ["mock.test"] });
        using var request = new HttpRequestMessage(HttpMethod.Get, mock.Url + "/__harness/health");
        request.Headers.Host = $"mock.test:{mock.Port}";

        using var response = await Http.SendAsync(request);

        ((int)response.StatusCode).Should().Be(200);
    }

    [Test]
    public async Task SameOriginPost_AndClientsWithoutOrigin_AreAnswered()
    {
        var key = $"guard-{Guid.NewGuid():N}";
        var sameOrigin = await Send(HttpMethod.Post, $"reset?tenant={key}", headers: new Dictionary<string, string>
        {
            ["Origin"] = MockSetup.Mock.Url,
            ["Sec-Fetch-Site"] = "same-origin",
        });
        var curl = await Send(HttpMethod.Post, $"reset?tenant={key}");

        sameOrigin.Status.Should().Be(200, sameOrigin.Text);
        curl.Status.Should().Be(200, curl.Text);
    }
}
