using System.Net;
using System.Text;
using Harness.Runner.Reporting;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Recording;

/// <summary>
/// The drift a recording found, as JSON (for tools) and as one self-contained HTML page: per finding the
/// call, the operation, the status and, for a schema violation, the schema path. Keys are masked.
/// </summary>
internal static class DriftReport
{
    public static string Json(string target, IReadOnlyList<RecordedExchange> exchanges, IReadOnlyList<DriftFinding> drift, SecretMasker masker) =>
        masker.Apply(new JObject
        {
            ["target"] = target,
            ["calls"] = exchanges.Count,
            ["callsWithDrift"] = drift.Select(d => d.Exchange).Distinct().Count(),
            ["findings"] = drift.Count,
            ["byKind"] = new JObject(drift.GroupBy(d => d.Kind).Select(g => new JProperty(g.Key.ToString(), g.Count()))),
            ["drift"] = new JArray(drift.Select(d => new JObject
            {
                ["call"] = d.Exchange,
                ["method"] = d.Method,
                ["path"] = d.Path,
                ["operationId"] = d.Operation,
                ["status"] = d.Status,
                ["kind"] = d.Kind.ToString(),
                ["message"] = d.Message,
                ["schemaPath"] = d.SchemaPath,
                ["expected"] = d.Expected,
                ["actual"] = d.Actual,
            })),
        }.ToString(Formatting.Indented));

    public static string Html(string target, IReadOnlyList<RecordedExchange> exchanges, IReadOnlyList<DriftFinding> drift, SecretMasker masker)
    {
        var html = new StringBuilder();
        var summary = $"{exchanges.Count} call(s), {drift.Count} drift finding(s) in {drift.Select(d => d.Exchange).Distinct().Count()} call(s)";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Harness drift report: ").Append(E(summary))
            .Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n")
            .Append($"<header class=\"{(drift.Count == 0 ? "passed" : "failed")}\">\n<h1>Harness drift report</h1>\n<p>{E(summary)}</p>\n")
            .Append($"<p class=\"meta\">target: {E(target)}</p>\n</header>\n")
            .Append("<table>\n<thead><tr><th>call</th><th>request</th><th>operation</th><th>status</th><th>drift</th><th>schema path</th><th>expected</th><th>actual</th></tr></thead>\n<tbody>\n");
        foreach (var (exchange, index) in exchanges.Select((e, i) => (e, i + 1)))
        {
            var found = drift.Where(d => d.Exchange == index).ToArray();
            if (found.Length == 0)
            {
                html.Append($"<tr class=\"ok\"><td>{index}</td><td>{E(exchange.Method)} {E(exchange.Path)}</td><td></td><td>{exchange.Status}</td><td>none</td><td></td><td></td><td></td></tr>\n");
            }

            foreach (var d in found)
            {
                html.Append($"<tr class=\"drift\"><td>{index}</td><td>{E(d.Method)} {E(d.Path)}</td><td>{E(d.Operation ?? "(unknown)")}</td><td>{d.Status}</td>")
                    .Append($"<td>{E(d.Kind.ToString())}: {E(d.Message)}</td><td><code>{E(d.SchemaPath ?? "")}</code></td><td>{E(d.Expected ?? "")}</td><td><code>{E(d.Actual ?? "")}</code></td></tr>\n");
            }
        }

        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return masker.Apply(html.ToString());
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 1400px; padding: 0 24px 48px; color: #1f2328; }
        header { border-bottom: 4px solid #1a7f37; padding: 16px 0; margin-bottom: 16px; }
        header.failed { border-color: #cf222e; }
        .meta { color: #59636e; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #d0d7de; vertical-align: top; word-break: break-word; }
        th { background: #f6f8fa; }
        tr.ok td { color: #59636e; }
        tr.drift td:nth-child(5) { color: #cf222e; }
        """;
}
