using System.CommandLine;
using Harness.Core.Diagnostics;
using Harness.Core.OpenApi;
using Harness.Runner.Planning;
using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary><c>harness lint [PATHS…]</c>: parse and lint scenarios and load the OpenAPI files, sending nothing. Exit 0 or 2.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var paths = PathsArgument.Create();
        var openapi = new Option<string?>("--openapi") { Description = "Folder of OpenAPI files (default: openapi)" };
        var command = new Command("lint", "Check scenario files and the OpenAPI files without sending anything") { paths, openapi };
        command.SetAction(async (result, cancellationToken) =>
        {
            ApiCatalog catalog;
            try
            {
                catalog = await ApiCatalog.LoadAsync(CliPaths.OpenApi(result.GetValue(openapi)), cancellationToken).ConfigureAwait(false);
            }
            catch (OpenApiLoadException e)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var given = result.GetValue(paths) is { Length: > 0 } list ? list : ["specs"];
            var loaded = ScenarioLoader.Load(given, catalog);
            Print(CliConsole.Create(result.InvocationConfiguration.Output), loaded, summaryWhenClean: true);
            return loaded.HasErrors ? ExitCodes.BadInput : ExitCodes.Passed;
        });
        return command;
    }

    /// <summary>Diagnostics in file order, then one summary line.</summary>
    internal static void Print(IAnsiConsole console, LoadedScenarios loaded, bool summaryWhenClean)
    {
        // Written around Spectre's layout, which would break long source lines and misplace the caret.
        var writer = console.Profile.Out.Writer;
        foreach (var diagnostic in loaded.Diagnostics)
        {
            writer.WriteLine(DiagnosticFormatter.Format(diagnostic));
            writer.WriteLine();
        }

        writer.Flush();

        if (summaryWhenClean || loaded.Diagnostics.Count > 0)
        {
            console.WriteLine($"{loaded.Files.Count} scenario file(s) checked: {loaded.ErrorCount} error(s), {loaded.WarningCount} warning(s)");
        }
    }
}
