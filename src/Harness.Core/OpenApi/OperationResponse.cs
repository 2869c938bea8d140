using NJsonSchema;

namespace Harness.Core.OpenApi;

/// <summary>
/// A documented response: no <see cref="Schema"/> means the body is documented as empty.
/// <see cref="ContentType"/>, <see cref="Schema"/> and <see cref="Example"/> are those of the first media
/// type; <see cref="Contents"/> lists every media type the response offers, in document order.
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

    public IReadOnlyList<ResponseContent> Contents { get; init; } =
        ContentType is null ? [] : [new ResponseContent(ContentType, Schema, Example)];
}

/// <summary>One media type of a response, with its schema and example (either may be absent).</summary>
public sealed record ResponseContent(string ContentType, JsonSchema? Schema, Newtonsoft.Json.Linq.JToken? Example)
{
    /// <summary>JSON or a JSON-based type (<c>application/problem+json</c>, <c>application/vnd.api+json</c>).</summary>
    public bool IsJson =>
        ContentType.Contains("json", StringComparison.OrdinalIgnoreCase) || ContentType == "*/*";
}
