namespace Harness.Runner.Results;

/// <summary>The exit codes of <c>run</c> and <c>lint</c>, a stable interface for scripts and CI.</summary>
internal static class ExitCodes
{
    public const int Passed = 0;

    /// <summary>A contract check or an expectation failed.</summary>
    public const int Failed = 1;

    /// <summary>Bad usage, bad scenario or OpenAPI files, or an unreachable target.</summary>
    public const int Usage = 2;
}
