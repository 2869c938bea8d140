using NSwag;

namespace Harness.Core.OpenApi;

/// <summary>Reads which security scheme a document and each of its operations require.</summary>
internal static class SecuritySchemes
{
    /// <summary>The first scheme the document's requirements name, else the first it declares.</summary>
    public static ApiSecurity? OfDocument(OpenApiDocument document)
    {
        var named = (document.Security ?? []).SelectMany(r => r.Keys).FirstOrDefault();
        if (named is not null && Resolve(document, named) is { } required)
        {
            return required;
        }

        return document.Components.SecuritySchemes
            .Select(s => ToSecurity(s.Key, s.Value))
            .FirstOrDefault(s => s is not null);
    }

    /// <summary>
    /// The scheme an operation requires: its own requirements, else the document's. An empty requirement
    /// among the alternatives (<c>security: [{}, …]</c>) makes the credential optional, which counts as none.
    /// </summary>
    public static ApiSecurity? OfOperation(OpenApiDocument document, OpenApiOperation operation)
    {
        var requirements = (operation.Security ?? document.Security)?.ToArray() ?? [];
        if (requirements.Length == 0 || requirements.Any(r => r.Count == 0))
        {
            return null;
        }

        return requirements.SelectMany(r => r.Keys).Select(name => Resolve(document, name)).FirstOrDefault(s => s is not null);
    }

    private static ApiSecurity? Resolve(OpenApiDocument document, string name) =>
        document.Components.SecuritySchemes.TryGetValue(name, out var scheme) ? ToSecurity(name, scheme) : null;

    private static ApiSecurity? ToSecurity(string name, OpenApiSecurityScheme scheme) => scheme.Type switch
    {
        OpenApiSecuritySchemeType.ApiKey when !string.IsNullOrEmpty(scheme.Name) => new ApiSecurity(name, scheme.In switch
        {
            OpenApiSecurityApiKeyLocation.Query => CredentialLocation.Query,
            OpenApiSecurityApiKeyLocation.Cookie => CredentialLocation.Cookie,
            _ => CredentialLocation.Header,
        }, scheme.Name),
        OpenApiSecuritySchemeType.Basic => new ApiSecurity(name, CredentialLocation.Basic, "Authorization"),
        OpenApiSecuritySchemeType.Http when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase) =>
            new ApiSecurity(name, CredentialLocation.Basic, "Authorization"),
        // Bearer, and the token-based schemes (OAuth 2, OpenID Connect): the client sends a bearer token.
        OpenApiSecuritySchemeType.Http or OpenApiSecuritySchemeType.OAuth2 or OpenApiSecuritySchemeType.OpenIdConnect =>
            new ApiSecurity(name, CredentialLocation.Bearer, "Authorization"),
        _ => null,
    };
}
