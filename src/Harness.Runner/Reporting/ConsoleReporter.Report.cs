using System.Globalization;
using Harness.Runner.Results;
using Spectre.Console;

namespace Harness.Runner.Reporting;

internal sealed partial class ConsoleReporter
{
    private void WriteReport(RunResult result)
    {
        var masker = FailureDiagnostics.MaskerFor(result.Scenarios);
        var failed = result.Scenarios.Where(s => s.Outcome == Outcome.Failed).ToArray();
        if (failed.Length > 0)
        {
            Heading($"Failures ({failed.Length})", Color.Red);
            foreach (var scenario in failed)
            {
                console.WriteLine();
                console.Write(new Text($"✗ {scenario.Case.Name}", new Style(Color.Red, decoration: Decoration.Bold)));
                WriteUnwrapped($"  ({scenario.Case.File})");
                foreach (var diagnostic in FailureDiagnostics.For(scenario, masker))
                {
                    WriteUnwrapped(FailureDiagnostics.Format(diagnostic, masker) + "\n");
                }
            }
        }

        var skipped = result.Scenarios.Where(s => s.Outcome == Outcome.Skipped).ToArray();
        if (skipped.Length > 0)
        {
            Heading($"Skipped ({skipped.Length})", Color.Yellow);
            foreach (var scenario in skipped)
            {
                WriteUnwrapped($"- {scenario.Case.Name} ({scenario.Case.File}): {scenario.SkipReason}");
            }
        }

        if (_options.Coverage)
        {
            WriteCoverage(result.Coverage);
        }

        console.WriteLine();
        // The last line is a stable interface: scripts read it.
        console.WriteLine(result.Summary);
    }

    private void WriteCoverage(CoverageReport coverage)
    {
        var apis = coverage.Apis.Where(a => a.Operations.Count > 0).ToArray();
        if (apis.Length == 0)
        {
            return;
        }

        Heading("Coverage", Color.Default);
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("API").AddColumn("operation").AddColumn(new TableColumn("calls").RightAligned())
            .AddColumn("statuses exercised").AddColumn("documented, not exercised").AddColumn("undocumented");
        foreach (var api in apis)
        {
            foreach (var operation in api.Operations)
            {
                table.AddRow(
                    Markup.Escape(api.Api),
                    Markup.Escape(operation.OperationId),
                    operation.Calls.ToString(CultureInfo.InvariantCulture),
                    Codes(operation.SeenDocumented),
                    Codes(operation.NotSeen),
                    operation.SeenUndocumented.Count == 0 ? "" : $"[red]{Codes(operation.SeenUndocumented)}[/]");
            }

            table.AddRow(
                $"[bold]{Markup.Escape(api.Api)}[/]",
                $"[bold]{api.OperationsExercised}/{api.Operations.Count} operations[/]",
                "",
                $"[bold]{api.StatusesExercised}/{api.StatusesDocumented} statuses[/]",
                "",
                "");
        }

        console.Write(table);
    }

    /// <summary>A rule across a terminal; a short fixed line in a log, which has no width to fill.</summary>
    private void Heading(string title, Color color)
    {
        console.WriteLine();
        if (console.Profile.Capabilities.Interactive)
        {
            console.Write(new Rule($"[{color.ToMarkup()}]{Markup.Escape(title)}[/]").LeftJustified());
        }
        else
        {
            WriteUnwrapped($"── {title} ──");
        }
    }

    /// <summary>
    /// Spectre breaks long lines at the console width; a diagnostic must keep its curl line whole for
    /// copy and paste and its caret under the right column, so it bypasses the layout.
    /// </summary>
    private void WriteUnwrapped(string text)
    {
        var writer = console.Profile.Out.Writer;
        writer.WriteLine(text);
        writer.Flush();
    }

    private static string Codes(IEnumerable<int> codes) => string.Join(" ", codes);
}
