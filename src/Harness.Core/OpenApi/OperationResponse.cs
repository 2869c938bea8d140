using NJsonSchema;

namespace Harness.Core.OpenApi;

/// <summary>
/// A documented response: no <see cref="Schema"/> means the body is documented as empty.
/// <see cref="BodyOptional"/> (<c>x-body-optional: true</c> on the response) says that an empty body is
/// also a valid answer, which OpenAPI 3.0 cannot say otherwise (a body that only some requests get).
/// </summary>
public sealed record OperationResponse(
    int Status,
    string? Description,
    string? ContentType,
    JsonSchema? Schema,
    Newtonsoft.Json.Linq.JToken? Example,
    IReadOnlyList<string> Headers,
    bool BodyOptional = false)
{
    public bool HasBody => Schema is not null;
}
