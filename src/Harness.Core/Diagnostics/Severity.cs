namespace Harness.Core.Diagnostics;

public enum Severity
{
    /// <summary>The file (or the run) cannot be trusted: lint fails, a check fails.</summary>
    Error,

    /// <summary>Worth reading, changes no exit code.</summary>
    Warning,
}
