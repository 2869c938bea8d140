using Harness.Runner.Reporting;
using Harness.Runner.Results;
using Spectre.Console;

namespace Harness.Runner.Comparing;

/// <summary>
/// The terminal report of a comparison: one line per case as it finishes, then every difference step by
/// step with both values, each side's own failures, and the summary as the very last line.
/// </summary>
internal sealed class CompareConsoleReporter(IAnsiConsole console) : ICompareListener
{
    public void CaseCompared(CaseComparison comparison)
    {
        var (label, color) = comparison.Outcome switch
        {
            Outcome.Passed => ("SAME", Color.Green),
            Outcome.Skipped => ("SKIP", Color.Yellow),
            _ when comparison.Differs => ("DIFF", Color.Red),
            _ => ("FAIL", Color.Red),
        };
        console.Write(new Text(label, new Style(color)));
        console.WriteLine($" {comparison.Case.Name} ({comparison.Case.File})");
    }

    public void Finished(CompareResult result)
    {
        var masker = CompareMasking.For(result);
        var writer = console.Profile.Out.Writer;
        foreach (var comparison in result.Cases.Where(c => c.Outcome == Outcome.Failed))
        {
            writer.WriteLine();
            writer.WriteLine(masker.Apply($"{comparison.Case.Name} ({comparison.Case.File})"));
            foreach (var line in CompareText.Of(comparison, masker).TrimEnd('\n').Split('\n'))
            {
                writer.WriteLine("  " + line);
            }
        }

        writer.WriteLine();
        writer.WriteLine($"A = {result.TargetA}");
        writer.WriteLine($"B = {result.TargetB}");
        writer.Flush();
        console.WriteLine(result.Summary);
    }
}
