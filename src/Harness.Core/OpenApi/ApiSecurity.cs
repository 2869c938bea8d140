namespace Harness.Core.OpenApi;

/// <summary>Where a security scheme carries the client's credential.</summary>
public enum CredentialLocation
{
    Header,
    Query,
    Cookie,

    /// <summary><c>Authorization: Bearer &lt;token&gt;</c> (HTTP bearer).</summary>
    Bearer,

    /// <summary><c>Authorization: Basic &lt;base64&gt;</c> (HTTP basic).</summary>
    Basic,
}

/// <summary>
/// A security scheme as far as a mock and a runner need it: where the credential goes and under which
/// name (the header, query parameter or cookie; <c>Authorization</c> for HTTP schemes).
/// </summary>
public sealed record ApiSecurity(string SchemeName, CredentialLocation Location, string Name)
{
    public override string ToString() => Location switch
    {
        CredentialLocation.Bearer => "HTTP bearer token",
        CredentialLocation.Basic => "HTTP basic credentials",
        _ => $"API key in {Location.ToString().ToLowerInvariant()} '{Name}'",
    };
}
