using System.Globalization;
using System.Net;
using System.Text;
using Harness.Runner.Events;
using Harness.Runner.Results;

namespace Harness.Runner.Reporting;

/// <summary>
/// One self-contained HTML page (inline CSS, no scripts, no external files): summary, failures with the
/// request and response of each failed step, every case, and coverage. API keys are masked throughout.
/// </summary>
internal sealed partial class HtmlReporter(string path) : IRunListener
{
    private RunStarted? _started;

    public void Handle(RunEvent runEvent)
    {
        switch (runEvent)
        {
            case RunStarted started:
                _started = started;
                break;
            case RunFinished finished:
                ReportFile.Write(path, Render(finished.Result, _started));
                break;
        }
    }

    /// <summary>The page; <paramref name="started"/> gives its header the target and the date.</summary>
    public static string Render(RunResult result, RunStarted? started = null)
    {
        var masker = FailureDiagnostics.MaskerFor(result.Scenarios);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Harness report: ").Append(E(result.Summary)).Append("</title>\n")
            .Append("<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        Summary(html, result, started, masker);
        Failures(html, result, masker);
        Cases(html, result);
        Coverage(html, result.Coverage);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Summary(StringBuilder html, RunResult result, RunStarted? started, SecretMasker masker)
    {
        var verdict = result.Failed > 0 ? "failed" : "passed";
        html.Append("<header class=\"").Append(verdict).Append("\">\n<h1>Harness contract run</h1>\n<p class=\"counts\">")
            .Append($"<span class=\"passed\">{result.Passed} passed</span> ")
            .Append($"<span class=\"failed\">{result.Failed} failed</span> ")
            .Append($"<span class=\"skipped\">{result.Skipped} skipped</span>")
            .Append("</p>\n<dl class=\"meta\">");
        if (started is not null)
        {
            Meta(html, "target", masker.Apply(started.Target));
            Meta(html, "date", started.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        }

        Meta(html, "duration", string.Create(CultureInfo.InvariantCulture, $"{result.Duration.TotalSeconds:0.00} s"));
        Meta(html, "cases", result.Scenarios.Count.ToString(CultureInfo.InvariantCulture));
        html.Append("</dl>\n</header>\n");
    }

    private static void Meta(StringBuilder html, string term, string value) =>
        html.Append("<div><dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd></div>");

    private static void Cases(StringBuilder html, RunResult result)
    {
        html.Append("<section>\n<h2>All cases</h2>\n<table>\n<thead><tr><th>result</th><th>case</th><th>file</th><th>time</th></tr></thead>\n<tbody>\n");
        foreach (var scenario in result.Scenarios)
        {
            var outcome = scenario.Outcome.ToString().ToLowerInvariant();
            html.Append($"<tr class=\"{outcome}\"><td><span class=\"badge {outcome}\">{outcome}</span></td><td>")
                .Append(E(scenario.Case.Name));
            if (scenario.SkipReason is { } reason)
            {
                html.Append("<div class=\"reason\">").Append(E(reason)).Append("</div>");
            }

            html.Append("</td><td><code>").Append(E(scenario.Case.File)).Append("</code></td><td>")
                .Append(string.Create(CultureInfo.InvariantCulture, $"{scenario.Duration.TotalMilliseconds:0} ms"))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Coverage(StringBuilder html, CoverageReport coverage)
    {
        html.Append("<section>\n<h2>Coverage</h2>\n");
        foreach (var api in coverage.Apis)
        {
            html.Append("<h3>").Append(E(api.Api)).Append($": {api.OperationsExercised}/{api.Operations.Count} operations, ")
                .Append($"{api.StatusesExercised}/{api.StatusesDocumented} documented statuses</h3>\n")
                .Append("<table>\n<thead><tr><th>operation</th><th>calls</th><th>exercised</th><th>not exercised</th><th>undocumented</th></tr></thead>\n<tbody>\n");
            foreach (var operation in api.Operations)
            {
                html.Append(operation.Calls == 0 ? "<tr class=\"unused\">" : "<tr>")
                    .Append("<td><code>").Append(E(operation.OperationId)).Append("</code> <small>")
                    .Append(E($"{operation.Method} {operation.Path}")).Append("</small></td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{operation.Calls}</td>")
                    .Append("<td>").Append(string.Join(' ', operation.SeenDocumented)).Append("</td>")
                    .Append("<td>").Append(string.Join(' ', operation.NotSeen)).Append("</td>")
                    .Append("<td class=\"undocumented\">").Append(string.Join(' ', operation.SeenUndocumented)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
