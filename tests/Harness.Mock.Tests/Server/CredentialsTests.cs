using FluentAssertions;
using Harness.Core.OpenApi;
using Harness.Mock.Server;
using NUnit.Framework;

namespace Harness.Mock.Tests.Server;

public sealed class CredentialsTests
{
    private static IncomingRequest Request(Dictionary<string, string>? headers = null, Dictionary<string, string>? query = null) =>
        new("GET", "/x", n => query?.GetValueOrDefault(n), n => headers?.FirstOrDefault(h => string.Equals(h.Key, n, StringComparison.OrdinalIgnoreCase)).Value, null, "127.0.0.1", "http://127.0.0.1");

    [Test]
    public void ApiKey_IsReadFromItsHeaderQueryOrCookie()
    {
        Credentials.Read(new ApiSecurity("k", CredentialLocation.Header, "X-Key"), Request(new() { ["x-key"] = "h1" })).Should().Be("h1");
        Credentials.Read(new ApiSecurity("k", CredentialLocation.Query, "api_key"), Request(query: new() { ["api_key"] = "q1" })).Should().Be("q1");
        Credentials.Read(new ApiSecurity("k", CredentialLocation.Cookie, "session"), Request(new() { ["Cookie"] = "theme=dark; session=c%201" })).Should().Be("c 1");
    }

    [TestCase("Bearer abc", "abc")]
    [TestCase("bearer abc ", "abc")]
    [TestCase("Basic abc", null)]
    [TestCase("Bearer", null)]
    [TestCase("Bearerabc", null)]
    public void Bearer_IsTheTokenAfterTheScheme(string authorization, string? expected)
    {
        Credentials.Read(new ApiSecurity("b", CredentialLocation.Bearer, "Authorization"), Request(new() { ["Authorization"] = authorization }))
            .Should().Be(expected);
    }

    [Test]
    public void Basic_IsTheEncodedCredentials()
    {
        Credentials.Read(new ApiSecurity("b", CredentialLocation.Basic, "Authorization"), Request(new() { ["Authorization"] = "Basic dTpw" }))
            .Should().Be("dTpw");
    }

    [Test]
    public void EmptyOrAbsent_IsNull()
    {
        Credentials.Read(new ApiSecurity("k", CredentialLocation.Header, "X-Key"), Request(new() { ["X-Key"] = "  " })).Should().BeNull();
        Credentials.Read(null, Request()).Should().BeNull();
    }
}
