using Harness.Core.Schemas;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>The pipeline's errors in Iterable's envelope, with the codes and statuses the real service uses.</summary>
internal sealed class IterableErrors : IApiErrors
{
    public static IterableErrors Instance { get; } = new();

    public MockResponse BadApiKey(string path, string clientIp) =>
        IterableEnvelope.Answer(401, "BadApiKey", "Invalid API key", new JObject { ["ip"] = clientIp, ["endpoint"] = path });

    /// <summary>The page Iterable answers for a path it does not serve (its own client's tests).</summary>
    public const string ActionNotFoundPage =
        "<!doctype html><html><head><title>Action not found</title></head><body><h2>Oh no- that url doesn't exist.</h2></body></html>";

    /// <summary>The header that carries the mock's explanation of a miss; the body stays the real service's.</summary>
    public const string HintHeader = "X-Harness-Hint";

    // Nothing to key by JSON path when the body is not JSON at all: params is null (the journal keeps the parser's detail).
    public MockResponse BadJson(string detail) => IterableEnvelope.BadJsonBody(null, null);

    public MockResponse BadJson(string path, string detail) => IterableEnvelope.BadJsonBody(path, null);

    public MockResponse Invalid(IReadOnlyList<SchemaViolation> bodyViolations, IReadOnlyList<SchemaViolation> parameterViolations) =>
        Invalid("", bodyViolations, parameterViolations) ?? IterableEnvelope.BadParams(
            string.Join("; ", bodyViolations.Concat(parameterViolations).Select(v => v.ToString())));

    /// <summary>
    /// Shape problems (types, missing fields, enum values) are BadJsonBody, listing only those. The value rules
    /// the schema states as well (email pattern, userId length, non-empty token, one of email and userId) are meaning: null hands the
    /// request to the handler, which answers them in the real service's order and codes
    /// (InvalidEmailAddressError, InvalidUserIdError, BadParams).
    /// </summary>
    public MockResponse? Invalid(string path, IReadOnlyList<SchemaViolation> bodyViolations, IReadOnlyList<SchemaViolation> parameterViolations)
    {
        var shape = bodyViolations.Where(v => !IsValueRule(v)).ToList();
        if (shape.Count > 0)
        {
            return IterableEnvelope.BadJsonBody(path, PlayErrors.Of(shape));
        }

        // A missing or malformed query/path parameter is a BadParams at Iterable; the message names it.
        var parameters = parameterViolations.Where(v => !IsValueRule(v)).ToList();
        return parameters.Count > 0 ? IterableEnvelope.BadParams(string.Join("; ", parameters.Select(v => v.Message))) : null;
    }

    private static bool IsValueRule(SchemaViolation violation) =>
        violation.Kind is ViolationKind.TooShort or ViolationKind.TooLong or ViolationKind.PatternMismatch or ViolationKind.BadFormat
            // "one of email, userId": BadParams, which the handler answers after the identifiers' own checks.
            or ViolationKind.Alternatives;

    public MockResponse RateLimited() =>
        IterableEnvelope.Answer(429, "RateLimitExceeded", "Rate limit exceeded").WithHeader("Retry-After", "1");

    public MockResponse TooLarge(long limitBytes) =>
        IterableEnvelope.Answer(413, "RequestTooLarge", $"Request body is larger than the limit of {limitBytes} bytes");

    public MockResponse NoSuchOperation(string method, string path, string? nearest) =>
        new MockResponse(404) { Text = ActionNotFoundPage, ContentType = "text/html; charset=utf-8" }
            .WithHeader(HintHeader, nearest is null
                ? $"No API operation for {method} {path}"
                : $"No API operation for {method} {path}; did you mean {nearest}?");

    public MockResponse Internal(string detail) =>
        IterableEnvelope.Answer(500, "GenericError", $"Internal error in the mock: {detail}");

    public MockResponse Forced(int status)
    {
        var (code, msg) = status switch
        {
            400 => ("BadParams", "Bad request (fault injected by the mock)"),
            401 => ("BadApiKey", "Invalid API key (fault injected by the mock)"),
            403 => ("Forbidden", "Forbidden (fault injected by the mock)"),
            404 => ("NotFound", "Not found (fault injected by the mock)"),
            409 => ("ExternalKeyConflict", "Conflict (fault injected by the mock)"),
            413 => ("RequestTooLarge", "Request too large (fault injected by the mock)"),
            429 => ("RateLimitExceeded", "Rate limit exceeded (fault injected by the mock)"),
            _ => ("GenericError", $"Error {status} (fault injected by the mock)"),
        };
        var response = IterableEnvelope.Answer(status, code, msg);
        return status == 429 ? response.WithHeader("Retry-After", "1") : response;
    }
}
