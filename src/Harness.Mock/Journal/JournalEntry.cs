namespace Harness.Mock.Journal;

/// <summary>One request as the journal keeps it: the key is stored masked, bodies are cut to a few KB.</summary>
public sealed record JournalEntry(
    long Id,
    DateTimeOffset Time,
    string Tenant,
    string? TenantId,
    string? Api,
    string? Operation,
    string Method,
    string Path,
    int Status,
    double DurationMs,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Warnings,
    string? RequestBody,
    string? ResponseBody)
{
    /// <summary>The operation's documented query parameters as sent (first value of each), so a session can be replayed.</summary>
    public IReadOnlyDictionary<string, string>? Query { get; init; }

    /// <summary>The operation's documented header parameters as sent; never the key header.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}
