using System.CommandLine;
using Harness.Core.OpenApi;
using Harness.Runner.Planning;

namespace Harness.Cli.Commands;

/// <summary>
/// <c>harness run [PATHS…]</c>: lint the scenarios, start the in-process mock unless <c>--target</c> names one,
/// replay every case and report. Exit 0 all passed, 1 a check failed, 2 bad usage, bad files or no target.
/// </summary>
internal static partial class RunCommand
{
    public static Command Create() => Create(Environment.GetEnvironmentVariable);

    /// <summary>With the environment injected, so tests control <c>HARNESS_API_KEY_*</c>.</summary>
    public static Command Create(Func<string, string?> environment)
    {
        var options = new RunCommandOptions();
        var command = new Command("run", "Replay scenarios against a target (default: an in-process mock) and check every response against the contract");
        options.AddTo(command);
        command.SetAction((result, cancellationToken) => ExecuteAsync(result, options, environment, cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(ParseResult result, RunCommandOptions options, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        var problems = new List<string>();
        if (!Shard.TryParse(result.GetValue(options.Shard), out var shard, out var shardError))
        {
            problems.Add(shardError!);
        }

        var timeout = result.GetValue(options.Timeout);
        var parallel = result.GetValue(options.Parallel);
        if (timeout <= 0 || double.IsNaN(timeout) || timeout > TimeSpan.MaxValue.TotalSeconds)
        {
            problems.Add($"--timeout must be a positive number of seconds, got {timeout}");
        }

        if (parallel < 1)
        {
            problems.Add($"--parallel must be at least 1, got {parallel}");
        }

        if (result.GetValue(options.MaxResponseBytes) is var maxBytes and (< 1 or > Runner.Execution.RunnerOptions.MaxResponseBytesCeiling))
        {
            problems.Add($"--max-response-bytes must be between 1 and {Runner.Execution.RunnerOptions.MaxResponseBytesCeiling}, got {maxBytes}");
        }

        ApiCatalog? catalog = null;
        var openapi = CliPaths.OpenApi(result.GetValue(options.OpenApi));
        try
        {
            catalog = await ApiCatalog.LoadAsync(openapi, cancellationToken).ConfigureAwait(false);
        }
        catch (OpenApiLoadException e)
        {
            problems.Add(e.Message);
        }

        if (problems.Count > 0 || catalog is null)
        {
            return Usage(error, problems);
        }

        var loaded = ScenarioLoader.Load(Paths(result, options), catalog);
        LintCommand.Print(CliConsole.Create(output), loaded, summaryWhenClean: false);
        if (loaded.HasErrors)
        {
            await error.WriteLineAsync($"error: {loaded.ErrorCount} problem(s) in the scenario files: nothing was run").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var tags = result.GetValue(options.Tag) ?? [];
        var cases = ScenarioSelection.Select(loaded.Scenarios, tags, shard);
        if (cases.Count == 0 && !result.GetValue(options.AllowEmpty))
        {
            return Usage(error, [EmptyRun.NoMatch(loaded.Scenarios, tags, result.GetValue(options.Shard))]);
        }

        var settings = new RunSettings(result, options, catalog, openapi, cases, TimeSpan.FromSeconds(timeout), parallel, environment);
        return await RunAsync(settings, output, error, cancellationToken).ConfigureAwait(false);
    }

    private static string[] Paths(ParseResult result, RunCommandOptions options) =>
        result.GetValue(options.Paths) is { Length: > 0 } given ? given : ["specs"];

    private static int Usage(TextWriter error, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            error.WriteLine($"error: {problem}");
        }

        return ExitCodes.BadInput;
    }
}
