namespace Harness.Cli.Commands;

/// <summary>The exit codes scripts and CI rely on.</summary>
internal static class ExitCodes
{
    public const int Passed = 0;
    public const int Failed = 1;

    /// <summary>Bad usage, bad files, or an unreachable target.</summary>
    public const int BadInput = 2;
}
