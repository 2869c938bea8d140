using System.CommandLine;
using System.CommandLine.Parsing;
using Harness.Core.Diagnostics;

namespace Harness.Cli.Commands;

/// <summary>
/// The <c>PATHS…</c> argument of <c>run</c> and <c>lint</c>. It takes any number of tokens, so System.CommandLine
/// would hand it a misspelt option as a path ("--tagg: no such file"); it reports those as unknown options instead.
/// </summary>
internal static class PathsArgument
{
    public static Argument<string[]> Create()
    {
        var argument = new Argument<string[]>("PATHS")
        {
            Description = "Scenario files or folders (default: specs)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        argument.Validators.Add(RejectOptions);
        return argument;
    }

    private static void RejectOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Select(t => t.Value))
        {
            // A lone "-" is stdin by convention; an existing file named like an option still counts as a path.
            if (token.Length < 2 || token[0] != '-' || File.Exists(token) || Directory.Exists(token))
            {
                continue;
            }

            var command = (result.Parent as CommandResult)?.Command;
            var known = command?.Options.SelectMany(o => o.Aliases.Prepend(o.Name)) ?? [];
            var name = token.Split('=', 2)[0];
            var hint = DidYouMean.Hint(name, known);
            result.AddError($"unknown option '{name}'{(hint is null ? "" : "; " + hint)} (see 'harness {command?.Name} --help')");
        }
    }
}
