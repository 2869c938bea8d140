using System.CommandLine;
using Harness.Cli.Commands;

return await CommandLineInvoker.InvokeAsync(CliRoot.Create(), args, new InvocationConfiguration()).ConfigureAwait(false);
