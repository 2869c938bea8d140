using Harness.Core.Schemas;
using Newtonsoft.Json.Linq;
using Harness.Mock.Modules;

namespace Harness.Mock.Server;

/// <summary>Error answers for an API no module describes: a plain <c>{"error": …}</c> envelope.</summary>
public sealed class GenericErrors : IApiErrors
{
    public static GenericErrors Instance { get; } = new();

    public MockResponse BadApiKey(string path, string clientIp) => Error(401, "missing or invalid API key");

    public MockResponse BadJson(string detail) => Error(400, $"body is not JSON: {detail}");

    public MockResponse Invalid(IReadOnlyList<SchemaViolation> bodyViolations, IReadOnlyList<SchemaViolation> parameterViolations) =>
        new(400, new JObject
        {
            ["error"] = "invalid request",
            ["violations"] = new JArray(bodyViolations.Concat(parameterViolations).Select(v => v.ToString())),
        });

    public MockResponse RateLimited() => Error(429, "rate limit exceeded").WithHeader("Retry-After", "1");

    public MockResponse TooLarge(long limitBytes) => Error(413, $"body larger than {limitBytes} bytes");

    public MockResponse NoSuchOperation(string method, string path, string? nearest) =>
        Error(404, nearest is null ? $"no operation for {method} {path}" : $"no operation for {method} {path}; nearest: {nearest}");

    public MockResponse Internal(string detail) => Error(500, "internal error");

    public MockResponse Forced(int status) => Error(status, "fault injected");

    private static MockResponse Error(int status, string message) => new(status, new JObject { ["error"] = message });
}
