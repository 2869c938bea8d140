namespace Harness.Runner.Comparing;

/// <summary>One difference between the answers of the two targets: where (a JSONPath for bodies) and both values.</summary>
internal sealed record StepDifference(DifferenceKind Kind, string? Path, string A, string B)
{
    public string Title => Kind switch
    {
        DifferenceKind.Answer => "only one side answered",
        DifferenceKind.Status => "status differs",
        DifferenceKind.ErrorCode => $"error code differs{(Path is null ? "" : " at " + Path)}",
        _ => $"body differs at {Path ?? "$"}",
    };
}
