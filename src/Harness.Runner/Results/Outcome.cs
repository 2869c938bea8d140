namespace Harness.Runner.Results;

public enum Outcome
{
    Passed,
    Failed,
    Skipped,
}
