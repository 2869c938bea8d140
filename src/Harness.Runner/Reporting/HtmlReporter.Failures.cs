using System.Text;
using Harness.Runner.Results;
using Harness.Runner.Http;

namespace Harness.Runner.Reporting;

internal sealed partial class HtmlReporter
{
    private static void Failures(StringBuilder html, RunResult result, SecretMasker masker)
    {
        var failed = result.Scenarios.Where(s => s.Outcome == Outcome.Failed).ToArray();
        if (failed.Length == 0)
        {
            return;
        }

        html.Append("<section>\n<h2>Failures</h2>\n");
        foreach (var scenario in failed)
        {
            html.Append("<article class=\"failure\">\n<h3>").Append(E(scenario.Case.Name)).Append(" <small><code>")
                .Append(E(scenario.Case.File)).Append("</code></small></h3>\n");
            foreach (var failure in scenario.SetupFailures)
            {
                Pre(html, "diagnostic", FailureDiagnostics.Format(FailureDiagnostics.Build(failure, null, masker), masker));
            }

            foreach (var step in scenario.Steps.Where(s => s.Outcome == Outcome.Failed))
            {
                foreach (var failure in step.Failures)
                {
                    Pre(html, "diagnostic", FailureDiagnostics.Format(FailureDiagnostics.Build(failure, step, masker, CurlKey.For(scenario)), masker));
                }

                if (step.Exchange is { } exchange)
                {
                    Exchange(html, exchange, masker, CurlKey.For(scenario));
                }
            }

            html.Append("</article>\n");
        }

        html.Append("</section>\n");
    }

    private static void Exchange(StringBuilder html, Exchange exchange, SecretMasker masker, CurlKey? key)
    {
        var request = exchange.Request;
        var requestText = new StringBuilder($"{request.Method} {request.Url.AbsoluteUri}\n");
        foreach (var (name, value) in request.Headers)
        {
            requestText.Append(name).Append(": ").Append(value).Append('\n');
        }

        if (request.Body is not null)
        {
            requestText.Append('\n').Append(Pretty(request.Body));
        }

        html.Append("<div class=\"exchange\">\n<div><h4>request</h4>");
        Pre(html, "http", masker.Apply(requestText.ToString()));
        html.Append("</div>\n<div><h4>response</h4>");
        if (exchange.Response is { } response)
        {
            var responseText = new StringBuilder($"{response.Status} {response.Reason}\n");
            foreach (var (name, value) in response.Headers)
            {
                responseText.Append(name).Append(": ").Append(value).Append('\n');
            }

            responseText.Append('\n').Append(Pretty(response.Body));
            Pre(html, "http", masker.Apply(responseText.ToString()));
        }
        else
        {
            Pre(html, "http", masker.Apply(exchange.TransportError ?? "no response"));
        }

        html.Append("</div>\n</div>\n<p class=\"curl\"><code>").Append(E(CurlCommand.For(request, masker, key))).Append("</code></p>\n");
    }

    /// <summary>Indented JSON reads better in a report; anything else is shown as it came.</summary>
    private static string Pretty(string body) => ReportBody.Excerpt(
        !ReportBody.IsCut(body) && Json.TryParse(body, out var token, out _) && token is not null ? token.ToString(Newtonsoft.Json.Formatting.Indented) : body);

    private static void Pre(StringBuilder html, string kind, string text) =>
        html.Append("<pre class=\"").Append(kind).Append("\">").Append(E(text)).Append("</pre>\n");
}
