namespace Harness.Runner.Reporting;

/// <summary>What the console report includes and how often a plain log hears of progress.</summary>
internal sealed record ConsoleReporterOptions
{
    /// <summary>The coverage table: meaningful for a whole-suite run, noise for one file or one tag.</summary>
    public bool Coverage { get; init; } = true;

    /// <summary>Without a live display, at most one progress line per interval (a heartbeat for CI logs).</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(5);

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
