namespace Harness.Runner.Results;

/// <summary>Which operations and documented statuses the run exercised, per API.</summary>
internal sealed record CoverageReport(IReadOnlyList<ApiCoverage> Apis);

internal sealed record ApiCoverage(string Api, IReadOnlyList<OperationCoverage> Operations)
{
    public int OperationsExercised => Operations.Count(o => o.Calls > 0);
    public int StatusesDocumented => Operations.Sum(o => o.Documented.Count);
    public int StatusesExercised => Operations.Sum(o => o.SeenDocumented.Count);
}

/// <summary>One operation: how often it was called, which documented statuses came back, which never did, and any undocumented ones.</summary>
internal sealed record OperationCoverage(
    string OperationId,
    string Method,
    string Path,
    int Calls,
    IReadOnlyList<int> Documented,
    IReadOnlyList<int> SeenDocumented,
    IReadOnlyList<int> SeenUndocumented)
{
    public IReadOnlyList<int> NotSeen => Documented.Except(SeenDocumented).ToArray();
}
