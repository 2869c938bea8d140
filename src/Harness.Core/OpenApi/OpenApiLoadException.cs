namespace Harness.Core.OpenApi;

/// <summary>An OpenAPI file that cannot be read or lacks what the harness needs; the message names the file.</summary>
public sealed class OpenApiLoadException : Exception
{
    public OpenApiLoadException(string message) : base(message) { }
    public OpenApiLoadException(string message, Exception inner) : base(message, inner) { }
    public OpenApiLoadException() { }
}
