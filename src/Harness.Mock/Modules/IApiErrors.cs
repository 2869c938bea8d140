using Harness.Core.Schemas;

namespace Harness.Mock.Modules;

/// <summary>The error answers of one vendor, in its own envelope. The pipeline picks which; the vendor says how.</summary>
public interface IApiErrors
{
    /// <summary>API key header missing, empty or not accepted.</summary>
    MockResponse BadApiKey(string path, string clientIp);

    /// <summary>Body absent, empty, not JSON, or JSON of the wrong kind where the vendor says so.</summary>
    MockResponse BadJson(string detail);

    /// <summary>Body or parameters break the operation's schema; every violation is listed.</summary>
    MockResponse Invalid(IReadOnlyList<SchemaViolation> bodyViolations, IReadOnlyList<SchemaViolation> parameterViolations);

    /// <summary>As <see cref="BadJson(string)"/>, for a vendor whose message names the request path (without query).</summary>
    MockResponse BadJson(string path, string detail) => BadJson(detail);

    /// <summary>
    /// As <see cref="Invalid(IReadOnlyList{SchemaViolation}, IReadOnlyList{SchemaViolation})"/>, with the request
    /// path; null hands the request on to the handler, for a vendor that checks some schema rules (formats,
    /// lengths) as meaning after the shape, with errors of their own.
    /// </summary>
    MockResponse? Invalid(string path, IReadOnlyList<SchemaViolation> bodyViolations, IReadOnlyList<SchemaViolation> parameterViolations) =>
        Invalid(bodyViolations, parameterViolations);

    MockResponse RateLimited();

    MockResponse TooLarge(long limitBytes);

    /// <summary>A path under the API's base path that no operation matches.</summary>
    MockResponse NoSuchOperation(string method, string path, string? nearest);

    /// <summary>A path an operation serves, called with another method (<paramref name="allowed"/>: the methods it takes).</summary>
    MockResponse WrongMethod(string method, string path, IReadOnlyList<string> allowed, string? nearest) =>
        NoSuchOperation(method, path, nearest);

    /// <summary>A failure of the mock itself, or one forced by the fault settings.</summary>
    MockResponse Internal(string detail);

    /// <summary>An error status forced by the fault settings, in the vendor's shape.</summary>
    MockResponse Forced(int status);
}
