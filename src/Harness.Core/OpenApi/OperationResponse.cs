using NJsonSchema;

namespace Harness.Core.OpenApi;

/// <summary>A documented response: no <see cref="Schema"/> means the body is documented as empty.</summary>
public sealed record OperationResponse(
    int Status,
    string? Description,
    string? ContentType,
    JsonSchema? Schema,
    Newtonsoft.Json.Linq.JToken? Example,
    IReadOnlyList<string> Headers)
{
    public bool HasBody => Schema is not null;
}
