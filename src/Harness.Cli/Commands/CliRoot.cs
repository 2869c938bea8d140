using System.CommandLine;

namespace Harness.Cli.Commands;

/// <summary>The <c>harness</c> command line: every command, as the tool and the tests (and CI recipe checks) parse it.</summary>
internal static class CliRoot
{
    public static RootCommand Create() => Create(Environment.GetEnvironmentVariable);

    /// <summary>With the environment injected, so tests control <c>HARNESS_API_KEY_*</c>.</summary>
    public static RootCommand Create(Func<string, string?> environment) =>
        new("Harness: a stateful mock and contract runner for the APIs in openapi/")
        {
            MockCommand.Create(),
            RunCommand.Create(environment),
            LintCommand.Create(),
            RecordCommand.Create(),
            InitCommand.Create(),
        };
}
