using Harness.Core.Scenarios;
using Harness.Runner.Results;

namespace Harness.Runner.Comparing;

/// <summary>One step run on both targets and the differences between the two answers.</summary>
internal sealed record StepComparison(Step Step, StepResult? A, StepResult? B, IReadOnlyList<StepDifference> Differences)
{
    public string? Operation => A?.Operation?.OperationId ?? B?.Operation?.OperationId ?? Step.Call.Value;
}

/// <summary>One scenario case on both targets: each side's own result and the step-by-step comparison.</summary>
internal sealed record CaseComparison(ScenarioCase Case, ScenarioResult A, ScenarioResult B, IReadOnlyList<StepComparison> Steps)
{
    /// <summary>Why the comparison stopped before the last step (a step failed on one side), if it did.</summary>
    public string? StoppedReason { get; init; }

    public int DifferenceCount => Steps.Sum(s => s.Differences.Count);

    /// <summary>A case skipped on either side (a <c>given:</c> against a real service) is not compared at all.</summary>
    public bool Skipped => A.Outcome == Outcome.Skipped || B.Outcome == Outcome.Skipped;

    public bool Differs => !Skipped && DifferenceCount > 0;

    public bool Failed => !Skipped && (A.Outcome == Outcome.Failed || B.Outcome == Outcome.Failed);

    public Outcome Outcome => Skipped ? Outcome.Skipped : Differs || Failed ? Outcome.Failed : Outcome.Passed;
}

/// <summary>A whole comparison run; exit 1 when any case differs or fails on either side.</summary>
internal sealed record CompareResult(string TargetA, string TargetB, IReadOnlyList<CaseComparison> Cases, TimeSpan Duration)
{
    public int Same => Cases.Count(c => c.Outcome == Outcome.Passed);
    public int Different => Cases.Count(c => c.Differs);
    public int FailedOnly => Cases.Count(c => !c.Differs && c.Failed);
    public int Skipped => Cases.Count(c => c.Outcome == Outcome.Skipped);
    public int Differences => Cases.Sum(c => c.DifferenceCount);

    public int ExitCode => Cases.Any(c => c.Outcome == Outcome.Failed) ? ExitCodes.Failed : ExitCodes.Passed;

    public string Summary => $"{Same} same, {Different} different ({Differences} difference{(Differences == 1 ? "" : "s")}), {FailedOnly} failed alike, {Skipped} skipped";
}
