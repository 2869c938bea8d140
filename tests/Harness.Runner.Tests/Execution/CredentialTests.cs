using Harness.Core.OpenApi;
using Harness.Runner.Execution;

namespace Harness.Runner.Tests.Execution;

internal sealed class CredentialTests
{
    private static readonly Uri Url = new("http://127.0.0.1:5080/v1/pets?limit=2");

    private static (Uri Url, List<KeyValuePair<string, string>> Headers) Apply(CredentialLocation location, string name, string key)
    {
        var headers = new List<KeyValuePair<string, string>>();
        return (Credential.Apply(new ApiSecurity("s", location, name), key, Url, headers), headers);
    }

    [Test]
    public void HeaderKey_IsAHeaderOfThatName()
    {
        var (url, headers) = Apply(CredentialLocation.Header, "X-Key", "k1");
        url.Should().Be(Url);
        headers.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("X-Key", "k1"));
    }

    [Test]
    public void QueryKey_IsAppendedToTheQueryEscaped()
    {
        var (url, headers) = Apply(CredentialLocation.Query, "api_key", "a b&c");
        url.Query.Should().Be("?limit=2&api_key=a%20b%26c");
        headers.Should().BeEmpty();
    }

    [Test]
    public void CookieKey_IsACookieHeader()
    {
        Apply(CredentialLocation.Cookie, "sid", "k1").Headers.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("Cookie", "sid=k1"));
    }

    [Test]
    public void Bearer_IsAnAuthorizationHeader()
    {
        Apply(CredentialLocation.Bearer, "Authorization", "tok").Headers.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("Authorization", "Bearer tok"));
    }

    [TestCase("user:secret", "Basic dXNlcjpzZWNyZXQ=")]
    [TestCase("dXNlcjpzZWNyZXQ=", "Basic dXNlcjpzZWNyZXQ=")]
    public void Basic_EncodesUserAndPassword_OrSendsAnEncodedKeyAsItIs(string key, string expected)
    {
        Apply(CredentialLocation.Basic, "Authorization", key).Headers.Single().Value.Should().Be(expected);
    }
}
