using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary>A Spectre console over the command's output writer: live and coloured on a terminal, plain text elsewhere.</summary>
internal static class CliConsole
{
    /// <summary>
    /// Wide enough that no line of a report is ever broken: a log or a file has no width, and a CI log viewer
    /// wraps by itself. Headings in logs are short lines, never rules across this width.
    /// </summary>
    public const int UnboundedWidth = 4096;

    public static IAnsiConsole Create(TextWriter writer)
    {
        var terminal = IsTerminal(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            // Spectre's own detection turns the progress bar off in ordinary terminals; a terminal is what decides here.
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = UnboundedWidth;
        }

        return console;
    }

    /// <summary>Standard output that is not redirected: a person is watching, so show a live display.</summary>
    public static bool IsTerminal(TextWriter writer) => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
}
