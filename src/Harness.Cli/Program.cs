using System.CommandLine;
using Harness.Cli.Commands;

var root = new RootCommand("Harness: a stateful mock and contract runner for the APIs in openapi/")
{
    MockCommand.Create(),
    RunCommand.Create(),
    LintCommand.Create(),
    RecordCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run 'harness --help' for usage.");
    return ExitCodes.BadInput;
}

return await parse.InvokeAsync().ConfigureAwait(false);
