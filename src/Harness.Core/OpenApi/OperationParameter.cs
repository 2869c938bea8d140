using NJsonSchema;

namespace Harness.Core.OpenApi;

public enum ParameterLocation
{
    Query,
    Header,
    Path,
}

/// <summary>A query, header or path parameter with its schema.</summary>
public sealed record OperationParameter(
    string Name,
    ParameterLocation Location,
    bool Required,
    JsonSchema Schema,
    Newtonsoft.Json.Linq.JToken? Example);
