using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary>A Spectre console over the command's output writer: live and coloured on a terminal, plain text elsewhere.</summary>
internal static class CliConsole
{
    public static IAnsiConsole Create(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            // Logs and files have no width; 80 columns would wrap the coverage table.
            console.Profile.Width = 160;
        }

        return console;
    }
}
