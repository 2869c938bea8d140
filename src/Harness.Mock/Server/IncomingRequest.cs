namespace Harness.Mock.Server;

/// <summary>The HTTP request as the pipeline needs it, independent of the server library underneath.</summary>
public sealed record IncomingRequest(
    string Method,
    string Path,
    Func<string, string?> Query,
    Func<string, string?> Header,
    byte[]? Body,
    string ClientIp,
    string BaseUrl);
