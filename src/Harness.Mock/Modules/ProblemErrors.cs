using Harness.Core.OpenApi;
using Harness.Core.Schemas;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Modules;

/// <summary>
/// The error answers of an API without a module of its own, all as RFC 9457 problem details. Invalid
/// requests list every violation: body ones by JSON path, parameters by where they are and their name.
/// </summary>
internal sealed class ProblemErrors(ApiSecurity? security) : IApiErrors
{
    public MockResponse BadApiKey(string path, string clientIp)
    {
        var problem = Problem.Of(401, security is null ? "missing credentials" : $"missing or empty credentials: this API expects an {security}");
        return security?.Location switch
        {
            CredentialLocation.Bearer => problem.WithHeader("WWW-Authenticate", "Bearer"),
            CredentialLocation.Basic => problem.WithHeader("WWW-Authenticate", "Basic realm=\"harness\""),
            _ => problem,
        };
    }

    public MockResponse BadJson(string detail) => Problem.Of(400, $"the body is not JSON: {detail}");

    public MockResponse Invalid(IReadOnlyList<SchemaViolation> bodyViolations, IReadOnlyList<SchemaViolation> parameterViolations)
    {
        var violations = new JArray();
        foreach (var violation in parameterViolations)
        {
            violations.Add(new JObject
            {
                ["in"] = violation.In?.ToString().ToLowerInvariant() ?? "parameter",
                ["name"] = violation.Property,
                ["message"] = violation.Message,
            });
        }

        foreach (var violation in bodyViolations)
        {
            violations.Add(new JObject { ["in"] = "body", ["path"] = violation.Path, ["message"] = violation.Message });
        }

        var count = violations.Count;
        return Problem.Of(400, count == 1 ? "the request breaks its schema in 1 place" : $"the request breaks its schema in {count} places",
            new JObject { ["violations"] = violations });
    }

    public MockResponse RateLimited() => Problem.Of(429, "rate limit exceeded").WithHeader("Retry-After", "1");

    public MockResponse TooLarge(long limitBytes) => Problem.Of(413, $"the body is larger than {limitBytes} bytes");

    public MockResponse NoSuchOperation(string method, string path, string? nearest) =>
        Problem.Of(404, nearest is null ? $"no operation for {method} {path}" : $"no operation for {method} {path}; nearest: {nearest}");

    public MockResponse Internal(string detail) => Problem.Of(500, "internal error of the mock");

    public MockResponse Forced(int status) => Problem.Of(status, "fault injected by the harness");
}
