using System.CommandLine;

namespace Harness.Cli.Commands;

/// <summary>The arguments and options of <c>harness run</c>, declared once for the command and its action.</summary>
internal sealed class RunCommandOptions
{
    public Argument<string[]> Paths { get; } = PathsArgument.Create();

    public Option<string[]> Target { get; } = new("--target")
    {
        Description = "Base URL for every API, or API=URL per API (repeatable); default: an in-process mock",
    };

    public Option<string[]> ApiKey { get; } = new("--api-key")
    {
        Description = "API=KEY (repeatable); also read from HARNESS_API_KEY_<API>",
    };

    public Option<string[]> Tag { get; } = new("--tag") { Description = "Run scenarios with this tag (repeatable; any match)" };

    public Option<int> Parallel { get; } = new("--parallel") { Description = "Scenario cases run at once", DefaultValueFactory = _ => 1 };

    public Option<string?> Shard { get; } = new("--shard") { Description = "Run the K-th of N slices of the files: K/N" };

    public Option<string?> JUnit { get; } = new("--junit") { Description = "Write a JUnit XML report to FILE" };

    public Option<string?> Json { get; } = new("--json") { Description = "Write a JSON report to FILE" };

    public Option<string?> Html { get; } = new("--html") { Description = "Write a self-contained HTML report to FILE" };

    public Option<bool> AllowEmpty { get; } = new("--allow-empty") { Description = "Exit 0 even when no scenario ran (no match, or every case skipped)" };

    public Option<bool> Coverage { get; } = new("--coverage") { Description = "Print the coverage table (default: only when the whole suite runs)" };

    public Option<bool> KeepMock { get; } = new("--keep-mock") { Description = "Leave the in-process mock serving after the run, to reproduce failures; Ctrl+C stops it" };

    public Option<string?> OpenApi { get; } = new("--openapi") { Description = "Folder of OpenAPI files (default: openapi)" };

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "Request timeout in seconds",
        DefaultValueFactory = _ => Runner.Execution.RunnerOptions.DefaultTimeout.TotalSeconds,
    };

    public Option<long> MaxResponseBytes { get; } = new("--max-response-bytes")
    {
        Description = "Bytes of one response body read at most; a longer body fails its step unread (default 8 MiB)",
        DefaultValueFactory = _ => Runner.Http.BoundedBody.DefaultLimit,
    };

    public Option<string[]> Compare { get; } = new("--compare")
    {
        Description = "Also run every scenario against this target (URL, or API=URL per API) and report each difference from --target",
    };

    public Option<string[]> Ignore { get; } = new("--ignore")
    {
        Description = "With --compare: a JSONPath whose values may differ between the targets (repeatable)",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        foreach (var option in new Option[] { Target, ApiKey, Tag, Parallel, Shard, JUnit, Json, Html, AllowEmpty, Coverage, KeepMock, OpenApi, Timeout, MaxResponseBytes, Compare, Ignore })
        {
            command.Options.Add(option);
        }
    }
}
