using Harness.Core.Schemas;
using Harness.Mock.Generic;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// Netmera's error envelope <c>{"code": int, "error": text}</c> with the codes of its error table, and the
/// RFC 9457 problem detail its framework answers for paths and methods it does not serve.
/// </summary>
internal sealed class NetmeraErrors : IApiErrors
{
    public const int InternalError = 2001;
    public const int InvalidField = 2004;
    public const int InvalidJson = 2009;
    public const int InvalidApiKey = 2010;
    public const int MissingParameter = 2020;
    public const int MessageNotFound = 5003;
    public const int ApprovalNotConfigured = 5008;
    public const int UserNotFound = 5016;
    public const int SegmentNotFound = 5042;

    public static NetmeraErrors Instance { get; } = new();

    public static MockResponse Error(int status, int code, string text) =>
        new(status, new JObject { ["code"] = code, ["error"] = text });

    public static MockResponse BadRequest(int code, string text) => Error(400, code, text);

    /// <summary>The answer to a body that is not JSON, is JSON of the wrong kind, or whose batch entries are all invalid.</summary>
    public static MockResponse InvalidJsonBody() => BadRequest(InvalidJson, "Invalid JSON");

    /// <summary>What the reference reports (with HTTP 400) where an operation cannot serve the request.</summary>
    public static MockResponse Unexpected() => BadRequest(InternalError, "An unexpected error occurred. Retry later.");

    public MockResponse BadApiKey(string path, string clientIp) => Error(403, InvalidApiKey, "API key is invalid");

    // The parser's detail goes to the journal; Netmera's answer names nothing.
    public MockResponse BadJson(string detail) => InvalidJsonBody();

    public MockResponse Invalid(IReadOnlyList<SchemaViolation> bodyViolations, IReadOnlyList<SchemaViolation> parameterViolations) =>
        NetmeraViolations.Answer([.. bodyViolations, .. parameterViolations]);

    // Netmera publishes no rate limit, so this is never answered; the status doubles as the code.
    public MockResponse RateLimited() => Error(429, 429, "Too many requests").WithHeader("Retry-After", "1");

    public MockResponse TooLarge(long limitBytes) => Error(413, InvalidField, $"Request body is larger than {limitBytes} bytes");

    // Netmera's framework answers these before any operation: RFC 9457 with the path as the instance.
    public MockResponse NoSuchOperation(string method, string path, string? nearest) =>
        Problem.Of(404, $"No operation {method} {path}{(nearest is null ? "" : $"; did you mean {nearest}?")}", InstanceOf(path));

    public MockResponse WrongMethod(string method, string path, IReadOnlyList<string> allowed, string? nearest) =>
        Problem.Of(405, $"Method {method} is not supported for {path}; use {string.Join(" or ", allowed)}", InstanceOf(path))
            .WithHeader("Allow", string.Join(", ", allowed));

    private static JObject InstanceOf(string path) => new() { ["instance"] = path };

    public MockResponse Internal(string detail) => Error(500, InternalError, "An unexpected error occurred. Retry later.");

    public MockResponse Forced(int status) => status switch
    {
        400 => Error(400, InvalidField, "Invalid request (fault injected)"),
        401 or 403 => Error(status, InvalidApiKey, "API key is invalid (fault injected)"),
        >= 500 => Error(status, InternalError, "An unexpected error occurred. Retry later. (fault injected)"),
        _ => Error(status, status, $"Request failed with HTTP {status} (fault injected)"),
    };
}
