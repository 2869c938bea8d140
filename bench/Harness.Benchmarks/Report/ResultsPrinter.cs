using Spectre.Console;

namespace Harness.Benchmarks.Report;

/// <summary>The run's tables on the console (Spectre.Console), the same rows as <see cref="MarkdownReport"/>.</summary>
internal static class ResultsPrinter
{
    public static void Print(Results results, MachineInfo machine, string command, string driver)
    {
        if (Console.IsOutputRedirected)
        {
            // Spectre assumes 80 columns without a terminal: the tables would wrap into unreadable cells.
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 200);
        }

        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine($"[bold]Harness benchmarks[/] — {Markup.Escape(Header(machine, command, driver))}");
        if (results.Throughput.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Throughput and latency (same load on both servers)")
                .AddColumns("scenario", "mock req/s", "p50", "p99", "ceiling req/s", "ceiling p99", "× ceiling", "errors", "target");
            foreach (var row in results.Throughput)
            {
                table.AddRow(
                    Markup.Escape(row.Name),
                    Format.PerSecond(row.Mock.PerSecond),
                    Format.Millis(row.Mock.P50Micros),
                    Format.Millis(row.Mock.P99Micros),
                    Format.PerSecond(row.Ceiling.PerSecond),
                    Format.Millis(row.Ceiling.P99Micros),
                    $"[bold]{Format.Ratio(row.Ratio)}[/]",
                    Format.Count(row.Mock.Errors),
                    Mark(row.Target));
            }

            AnsiConsole.Write(table);
        }

        if (results.Metrics.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Start-up, memory, runner")
                .AddColumns("section", "measure", "value", "target");
            foreach (var row in results.Metrics)
            {
                table.AddRow(Markup.Escape(row.Section), Markup.Escape(row.Name), Markup.Escape(row.Text), Mark(row.Target));
            }

            AnsiConsole.Write(table);
        }

        foreach (var note in results.Notes)
        {
            AnsiConsole.MarkupLine($"[grey]- {Markup.Escape(note)}[/]");
        }
    }

    public static string Header(MachineInfo m, string command, string driver) =>
        $"{m.Date:yyyy-MM-dd HH:mm} UTC, {m.Cores} cores ({m.Cpu}), {m.Memory}, {m.Os}, {m.Dotnet}, GC {m.Gc}, load generator: {driver}; "
        + $"load average at start {m.LoadAtStart}, at end {MachineInfo.LoadAverage()}; `{command}`";

    private static string Why(Verdict verdict) => verdict.Why is null ? "" : " — " + verdict.Why;

    private static string Mark(Verdict? verdict) => verdict switch
    {
        null => "",
        { Met: true } => $"[green]met[/] [grey]{Markup.Escape(verdict.Target + Why(verdict))}[/]",
        { Met: false } => $"[red bold]MISSED[/] [grey]{Markup.Escape(verdict.Target + Why(verdict))}[/]",
        _ => $"[yellow]not measured[/] [grey]{Markup.Escape(verdict.Target + Why(verdict))}[/]",
    };
}
