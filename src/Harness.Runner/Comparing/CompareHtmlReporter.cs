using System.Net;
using System.Text;
using Harness.Runner.Reporting;
using Harness.Runner.Results;

namespace Harness.Runner.Comparing;

/// <summary>
/// A comparison as one self-contained HTML page (inline CSS, no scripts): the summary, then per case the
/// differing steps as a table of path, A and B, and each side's own failures. Keys are masked.
/// </summary>
internal sealed class CompareHtmlReporter(string path) : ICompareListener
{
    public void CaseCompared(CaseComparison comparison)
    {
    }

    public void Finished(CompareResult result) => ReportFile.Write(path, Render(result));

    public static string Render(CompareResult result)
    {
        var masker = CompareMasking.For(result);
        var html = new StringBuilder();
        var verdict = result.ExitCode == 0 ? "passed" : "failed";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Harness comparison: ")
            .Append(E(result.Summary)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n")
            .Append($"<header class=\"{verdict}\">\n<h1>Harness comparison</h1>\n<p class=\"counts\">{E(result.Summary)}</p>\n")
            .Append($"<p class=\"meta\">A = {E(masker.Apply(result.TargetA))}<br>B = {E(masker.Apply(result.TargetB))}</p>\n</header>\n");
        foreach (var comparison in result.Cases)
        {
            var outcome = comparison.Differs ? "different" : comparison.Outcome.ToString().ToLowerInvariant();
            html.Append($"<section class=\"case {outcome}\">\n<h2><span class=\"badge {outcome}\">{outcome}</span> {E(comparison.Case.Name)} <small>{E(comparison.Case.File)}</small></h2>\n");
            foreach (var step in comparison.Steps.Where(s => s.Differences.Count > 0))
            {
                html.Append($"<h3>step {step.Step.Index}: {E(step.Step.DisplayName)} <small>{E(step.Operation ?? "")} — {E(step.Step.Location.ToString())}</small></h3>\n")
                    .Append("<table>\n<thead><tr><th>difference</th><th>A</th><th>B</th></tr></thead>\n<tbody>\n");
                foreach (var difference in step.Differences)
                {
                    html.Append($"<tr><td>{E(difference.Title)}</td><td><code>{E(masker.Apply(difference.A))}</code></td><td><code>{E(masker.Apply(difference.B))}</code></td></tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
            }

            foreach (var (side, own) in new[] { ("A", comparison.A), ("B", comparison.B) })
            {
                foreach (var diagnostic in FailureDiagnostics.For(own, masker))
                {
                    html.Append($"<p class=\"own\">{side} fails on its own: {E(diagnostic.Location?.ToString() ?? "")} {E(masker.Apply(diagnostic.Message))}</p>\n");
                }
            }

            if (comparison.StoppedReason is { } stopped)
            {
                html.Append($"<p class=\"meta\">{E(masker.Apply(stopped))}</p>\n");
            }

            html.Append("</section>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        :root { --pass: #1a7f37; --fail: #cf222e; --skip: #9a6700; --line: #d0d7de; --soft: #f6f8fa; }
        body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 1200px; padding: 0 24px 48px; color: #1f2328; }
        header { border-bottom: 4px solid var(--pass); padding: 16px 0; margin-bottom: 16px; }
        header.failed { border-color: var(--fail); }
        h2 { font-size: 16px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 14px; margin: 8px 0; }
        .meta, small { color: #59636e; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 12px; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; word-break: break-word; }
        th { background: var(--soft); }
        .badge { display: inline-block; padding: 0 8px; border-radius: 10px; color: #fff; font-size: 12px; }
        .badge.passed { background: var(--pass); } .badge.failed, .badge.different { background: var(--fail); } .badge.skipped { background: var(--skip); }
        .own { color: var(--fail); }
        """;
}
