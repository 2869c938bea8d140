using System.CommandLine;

namespace Harness.Cli.Commands;

/// <summary>
/// Parses and runs a command line the harness way: parse errors are bad usage (exit 2), written one per line with
/// a pointer to the help, instead of System.CommandLine's exit 1 and full help text.
/// </summary>
internal static class CommandLineInvoker
{
    public static async Task<int> InvokeAsync(RootCommand root, string[] args, InvocationConfiguration configuration, CancellationToken cancellationToken = default)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count == 0)
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }

        foreach (var error in parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
        {
            await configuration.Error.WriteLineAsync($"error: {error}").ConfigureAwait(false);
        }

        var command = parse.CommandResult.Command;
        await configuration.Error.WriteLineAsync(
            $"Run 'harness {(command is RootCommand ? "" : command.Name + " ")}--help' for usage.").ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}
