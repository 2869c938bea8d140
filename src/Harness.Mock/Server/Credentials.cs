using Harness.Core.OpenApi;

namespace Harness.Mock.Server;

/// <summary>
/// Finds the client's credential where the spec's security scheme puts it; the credential is the tenant
/// key. An operation that requires no credential runs in the tenant of the one the client sent anyway,
/// else in the one shared tenant.
/// </summary>
internal static class Credentials
{
    /// <summary>The tenant of requests that carry no credential, to operations that require none.</summary>
    public const string SharedTenant = "shared";

    /// <summary>The credential, or null when the request carries none (or an empty one).</summary>
    public static string? Read(ApiSecurity? security, IncomingRequest request)
    {
        var value = security?.Location switch
        {
            CredentialLocation.Header => request.Header(security.Name),
            CredentialLocation.Query => request.Query(security.Name),
            CredentialLocation.Cookie => Cookie(request.Header("Cookie"), security.Name),
            CredentialLocation.Bearer => AfterScheme(request.Header("Authorization"), "Bearer"),
            CredentialLocation.Basic => AfterScheme(request.Header("Authorization"), "Basic"),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static string? AfterScheme(string? authorization, string scheme) =>
        authorization is { } value
        && value.Length > scheme.Length
        && value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
        && value[scheme.Length] == ' '
            ? value[(scheme.Length + 1)..].Trim()
            : null;

    private static string? Cookie(string? header, string name)
    {
        foreach (var pair in (header ?? "").Split(';'))
        {
            var cut = pair.IndexOf('=', StringComparison.Ordinal);
            if (cut > 0 && pair[..cut].Trim() == name)
            {
                return Uri.UnescapeDataString(pair[(cut + 1)..].Trim());
            }
        }

        return null;
    }
}
