using Harness.Core.Schemas;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>Netmera's error envelope <c>{"code": int, "error": text}</c> with the codes of its error table.</summary>
internal sealed class NetmeraErrors : IApiErrors
{
    public const int InternalError = 2001;
    public const int InvalidField = 2004;
    public const int InvalidJson = 2009;
    public const int InvalidApiKey = 2010;
    public const int MissingParameter = 2020;
    public const int NotAuthorized = 2022;
    public const int MessageNotFound = 5003;
    public const int ApprovalNotConfigured = 5008;
    public const int ExternalIdNotFound = 5016;
    public const int SegmentNotFound = 5042;

    public static NetmeraErrors Instance { get; } = new();

    public static MockResponse Error(int status, int code, string text) =>
        new(status, new JObject { ["code"] = code, ["error"] = text });

    public static MockResponse BadRequest(int code, string text) => Error(400, code, text);

    public static MockResponse UnknownExtId() => BadRequest(ExternalIdNotFound, "External id not found");

    public MockResponse BadApiKey(string path, string clientIp) => Error(403, InvalidApiKey, "API key is invalid");

    public MockResponse BadJson(string detail) => BadRequest(InvalidJson, $"Invalid JSON: {detail}");

    public MockResponse Invalid(IReadOnlyList<SchemaViolation> bodyViolations, IReadOnlyList<SchemaViolation> parameterViolations) =>
        NetmeraViolations.Answer([.. bodyViolations, .. parameterViolations]);

    // Netmera publishes no rate limit, so this is never answered; the status doubles as the code.
    public MockResponse RateLimited() => Error(429, 429, "Too many requests").WithHeader("Retry-After", "1");

    public MockResponse TooLarge(long limitBytes) => Error(413, InvalidField, $"Request body is larger than {limitBytes} bytes");

    // No Netmera code means "no such operation": the HTTP status stands in as the code.
    public MockResponse NoSuchOperation(string method, string path, string? nearest) =>
        Error(404, 404, nearest is null ? $"No operation {method} {path}" : $"No operation {method} {path}; did you mean {nearest}?");

    public MockResponse Internal(string detail) => Error(500, InternalError, "Internal error");

    public MockResponse Forced(int status) => status switch
    {
        400 => Error(400, InvalidField, "Invalid request (fault injected)"),
        401 or 403 => Error(status, InvalidApiKey, "API key is invalid (fault injected)"),
        >= 500 => Error(status, InternalError, "Internal error (fault injected)"),
        _ => Error(status, status, $"Request failed with HTTP {status} (fault injected)"),
    };
}
