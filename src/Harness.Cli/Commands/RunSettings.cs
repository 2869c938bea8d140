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
    Func<string, string?> Environment);
