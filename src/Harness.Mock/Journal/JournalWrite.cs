namespace Harness.Mock.Journal;

/// <summary>What the pipeline hands the journal for one request; the journal copies it into a slot of its ring.</summary>
internal readonly record struct JournalWrite(
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
    byte[]? RequestBody,
    string? ResponseBody,
    Dictionary<string, string>? Query,
    Dictionary<string, string>? Headers);
