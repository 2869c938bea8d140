namespace Harness.Core.OpenApi;

/// <summary>One OpenAPI file: its name (the file name without extension), base path and operations.</summary>
public sealed class ApiDescription
{
    private readonly List<ApiOperation> _operations = [];

    internal ApiDescription(string name, string title, string sourcePath, string basePath, IReadOnlyList<string> serverUrls, ApiSecurity? security)
    {
        Name = name;
        Title = title;
        SourcePath = sourcePath;
        BasePath = basePath;
        ServerUrls = serverUrls;
        Security = security;
    }

    /// <summary>Lower-case name taken from the file name (<c>openapi/shop.yaml</c> is <c>shop</c>).</summary>
    public string Name { get; }
    public string Title { get; }
    public string SourcePath { get; }

    /// <summary>The path part of the first server URL (<c>/rest/3.0</c>), or empty.</summary>
    public string BasePath { get; }
    public IReadOnlyList<string> ServerUrls { get; }

    /// <summary>
    /// The scheme that carries the client's credential (the tenant key): the first one the document's
    /// security requirements name, else the first one it declares; null when it declares none.
    /// </summary>
    public ApiSecurity? Security { get; }

    /// <summary>Name of the header of the API-key security scheme, if the document's scheme is one.</summary>
    public string? SecurityHeader => Security is { Location: CredentialLocation.Header } s ? s.Name : null;

    public IReadOnlyList<ApiOperation> Operations => _operations;

    internal void Add(ApiOperation operation) => _operations.Add(operation);

    public override string ToString() => $"{Name} ({Title})";
}
