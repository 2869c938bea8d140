using NJsonSchema;

namespace Harness.Core.OpenApi;

/// <summary>One operation of an API description, flattened to what the mock and the runner need.</summary>
public sealed class ApiOperation
{
    internal ApiOperation(
        ApiDescription api,
        string operationId,
        string method,
        PathTemplate path,
        IReadOnlyList<OperationParameter> parameters,
        JsonSchema? requestSchema,
        bool requestBodyRequired,
        Newtonsoft.Json.Linq.JToken? requestExample,
        IReadOnlyDictionary<int, OperationResponse> responses,
        string? summary,
        ApiSecurity? security)
    {
        Api = api;
        OperationId = operationId;
        Method = method;
        Path = path;
        Parameters = parameters;
        RequestSchema = requestSchema;
        RequestBodyRequired = requestBodyRequired;
        RequestExample = requestExample;
        Responses = responses;
        Summary = summary;
        Security = security;
    }

    public ApiDescription Api { get; }
    public string OperationId { get; }

    /// <summary>Upper-case HTTP method.</summary>
    public string Method { get; }

    /// <summary>The full path template, the server's base path included (<c>/api/users/{email}</c>).</summary>
    public PathTemplate Path { get; }

    public IReadOnlyList<OperationParameter> Parameters { get; }
    public JsonSchema? RequestSchema { get; }
    public bool RequestBodyRequired { get; }
    public Newtonsoft.Json.Linq.JToken? RequestExample { get; }
    public IReadOnlyDictionary<int, OperationResponse> Responses { get; }
    public string? Summary { get; }

    /// <summary>
    /// The scheme this operation requires (its own security requirements, else the document's); null
    /// when it requires none, or offers an empty requirement (<c>{}</c>) as one of its alternatives.
    /// </summary>
    public ApiSecurity? Security { get; }

    /// <summary>True when the operation (or the document) names a security requirement.</summary>
    public bool SecurityRequired => Security is not null;

    /// <summary>The header that carries the API key, from the operation's (or the document's) security scheme.</summary>
    public string? SecurityHeader => Api.SecurityHeader;

    public bool TakesBody => RequestSchema is not null;

    public override string ToString() => $"{OperationId} ({Method} {Path.Template})";
}
