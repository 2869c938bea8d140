using Harness.Core.Schemas;
using Harness.Mock.Server;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>The pipeline's errors in Iterable's envelope, with the codes and statuses the real service uses.</summary>
internal sealed class IterableErrors : IApiErrors
{
    public static IterableErrors Instance { get; } = new();

    public MockResponse BadApiKey(string path, string clientIp) =>
        IterableEnvelope.Answer(401, "BadApiKey", "Invalid API key", new JObject { ["ip"] = clientIp, ["endpoint"] = path });

    // Nothing to key by JSON path when the body is not JSON at all, so params is null and msg carries the detail.
    public MockResponse BadJson(string detail) => IterableEnvelope.Answer(400, "BadJsonBody", $"Invalid JSON body: {detail}");

    public MockResponse Invalid(IReadOnlyList<SchemaViolation> bodyViolations, IReadOnlyList<SchemaViolation> parameterViolations)
    {
        if (bodyViolations.Count > 0)
        {
            return IterableEnvelope.Answer(400, "BadJsonBody", "Invalid JSON body", PlayErrors.Of(bodyViolations));
        }

        // A missing or malformed query/path parameter is a BadParams at Iterable; the message names it.
        return IterableEnvelope.BadParams(string.Join("; ", parameterViolations.Select(v => v.Message)));
    }

    public MockResponse RateLimited() =>
        IterableEnvelope.Answer(429, "RateLimitExceeded", "Rate limit exceeded").WithHeader("Retry-After", "1");

    public MockResponse TooLarge(long limitBytes) =>
        IterableEnvelope.Answer(413, "RequestTooLarge", $"Request body is larger than the limit of {limitBytes} bytes");

    public MockResponse NoSuchOperation(string method, string path, string? nearest) =>
        IterableEnvelope.Answer(404, "NotFound", nearest is null
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
