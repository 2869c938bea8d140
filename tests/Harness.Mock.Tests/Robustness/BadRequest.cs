namespace Harness.Mock.Tests.Robustness;

/// <summary>One generated malformed request: what it breaks, and how it is sent.</summary>
public sealed record BadRequest(
    string OperationId,
    string Description,
    string Method,
    string PathAndQuery,
    string? Body,
    string ContentType = "application/json",
    IReadOnlyDictionary<string, string>? Headers = null)
{
    public override string ToString() => $"{OperationId}: {Description}";
}
