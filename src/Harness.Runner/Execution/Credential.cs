using System.Text;
using Harness.Core.OpenApi;

namespace Harness.Runner.Execution;

/// <summary>Puts a scenario's key where an API's security scheme expects the credential.</summary>
internal static class Credential
{
    /// <summary>Adds the header (or query parameter) and returns the URL to send to.</summary>
    public static Uri Apply(ApiSecurity security, string key, Uri url, List<KeyValuePair<string, string>> headers)
    {
        switch (security.Location)
        {
            case CredentialLocation.Query:
                var separator = url.Query.Length > 0 ? "&" : "?";
                return new Uri(url + separator + Uri.EscapeDataString(security.Name) + "=" + Uri.EscapeDataString(key));
            case CredentialLocation.Cookie:
                headers.Add(new("Cookie", $"{security.Name}={Uri.EscapeDataString(key)}"));
                break;
            case CredentialLocation.Bearer:
                headers.Add(new("Authorization", $"Bearer {key}"));
                break;
            case CredentialLocation.Basic:
                // "user:password" is encoded as HTTP asks; a key without a colon is taken as already encoded.
                var token = key.Contains(':', StringComparison.Ordinal) ? Convert.ToBase64String(Encoding.UTF8.GetBytes(key)) : key;
                headers.Add(new("Authorization", $"Basic {token}"));
                break;
            default:
                headers.Add(new(security.Name, key));
                break;
        }

        return url;
    }
}
