using System.Text;
using Harness.Runner.Reporting;

namespace Harness.Runner.Comparing;

/// <summary>One case's differences and failures as plain text (JUnit failure bodies, test messages).</summary>
internal static class CompareText
{
    public static string Of(CaseComparison comparison, SecretMasker masker)
    {
        var text = new StringBuilder();
        foreach (var step in comparison.Steps.Where(s => s.Differences.Count > 0))
        {
            text.Append($"step {step.Step.Index} {step.Step.DisplayName} [{step.Operation}] at {step.Step.Location}\n");
            foreach (var difference in step.Differences)
            {
                text.Append($"  {difference.Title}\n    A: {difference.A}\n    B: {difference.B}\n");
            }
        }

        foreach (var (side, result) in new[] { ("A", comparison.A), ("B", comparison.B) })
        {
            foreach (var diagnostic in FailureDiagnostics.For(result, masker))
            {
                text.Append($"{side} fails on its own: {diagnostic.Location?.ToString() ?? comparison.Case.File}: {diagnostic.Message}\n");
            }
        }

        if (comparison.StoppedReason is { } stopped)
        {
            text.Append($"({stopped})\n");
        }

        return masker.Apply(text.ToString());
    }
}
