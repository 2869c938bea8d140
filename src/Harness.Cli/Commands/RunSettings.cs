using System.CommandLine;
using Harness.Core.OpenApi;
using Harness.Core.Scenarios;

namespace Harness.Cli.Commands;

/// <summary>What <c>run</c> has validated before it starts anything.</summary>
internal sealed record RunSettings(
    ParseResult Result,
    RunCommandOptions Options,
    ApiCatalog Catalog,
    string OpenApiDirectory,
    IReadOnlyList<ScenarioCase> Cases,
    TimeSpan Timeout,
    int Parallel,
    Func<string, string?> Environment)
{
    /// <summary>What every runner of this command runs with: the request bounds and the environment.</summary>
    public Runner.Execution.RunnerOptions RunnerOptions => new()
    {
        Timeout = Timeout,
        Parallel = Parallel,
        MaxResponseBytes = Result.GetValue(Options.MaxResponseBytes),
        Environment = Environment,
    };

    /// <summary>The coverage table: asked for, or a whole-suite run (no paths, tags or shard narrowing it).</summary>
    public bool Coverage =>
        Result.GetValue(Options.Coverage)
        || (Result.GetValue(Options.Paths) is not { Length: > 0 } && Result.GetValue(Options.Tag) is not { Length: > 0 } && Result.GetValue(Options.Shard) is null);
}
