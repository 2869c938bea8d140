using System.CommandLine;
using Harness.Cli.Commands;

var root = new RootCommand("Harness: a stateful mock and contract runner for the APIs in openapi/")
{
    MockCommand.Create(),
    RunCommand.Create(),
    LintCommand.Create(),
    RecordCommand.Create(),
};

return await CommandLineInvoker.InvokeAsync(root, args, new InvocationConfiguration()).ConfigureAwait(false);
