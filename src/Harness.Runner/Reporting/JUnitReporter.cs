using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Harness.Runner.Events;
using Harness.Runner.Results;

namespace Harness.Runner.Reporting;

/// <summary>JUnit XML (one testsuite per scenario file, one testcase per case) for CI servers.</summary>
internal sealed class JUnitReporter(string path) : IRunListener
{
    public void Handle(RunEvent runEvent)
    {
        if (runEvent is RunFinished finished)
        {
            ReportFile.Write(path, Render(finished.Result));
        }
    }

    public static string Render(RunResult result)
    {
        var masker = FailureDiagnostics.MaskerFor(result.Scenarios);
        var suites = result.Scenarios
            .GroupBy(s => s.Case.File, StringComparer.Ordinal)
            .Select(file => new XElement("testsuite",
                new XAttribute("name", file.Key),
                Counts(file.ToArray()),
                new XAttribute("time", Seconds(file.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration))),
                new XAttribute("timestamp", file.Min(s => s.StartedAt).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
                file.Select(s => Case(s, masker))));

        var root = new XElement("testsuites",
            new XAttribute("name", "harness"),
            Counts(result.Scenarios),
            new XAttribute("time", Seconds(result.Duration)),
            suites);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            document.Save(writer);
        }

        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static XElement Case(ScenarioResult result, SecretMasker masker)
    {
        var element = new XElement("testcase",
            new XAttribute("name", Clean(result.Case.Name)),
            new XAttribute("classname", ClassName(result.Case.File)),
            new XAttribute("file", result.Case.File),
            new XAttribute("time", Seconds(result.Duration)));
        switch (result.Outcome)
        {
            case Outcome.Failed:
                var first = result.Failures.FirstOrDefault();
                element.Add(new XElement("failure",
                    new XAttribute("message", Clean(masker.Apply(first?.Title ?? "failed"))),
                    new XAttribute("type", first?.Check ?? "Failure"),
                    Clean(FailureDiagnostics.Text(result, masker))));
                break;
            case Outcome.Skipped:
                element.Add(new XElement("skipped", new XAttribute("message", Clean(masker.Apply(result.SkipReason ?? "skipped")))));
                break;
        }

        return element;
    }

    private static XAttribute[] Counts(IReadOnlyCollection<ScenarioResult> results) =>
    [
        new("tests", results.Count),
        new("failures", results.Count(r => r.Outcome == Outcome.Failed)),
        new("errors", 0),
        new("skipped", results.Count(r => r.Outcome == Outcome.Skipped)),
    ];

    /// <summary><c>specs/shop/smoke.scenario.yaml</c> → <c>specs.shop.smoke</c>, as CI tools group by dots.</summary>
    private static string ClassName(string file)
    {
        var name = file.EndsWith(".scenario.yaml", StringComparison.Ordinal) ? file[..^".scenario.yaml".Length]
            : file.EndsWith(".scenario.yml", StringComparison.Ordinal) ? file[..^".scenario.yml".Length]
            : file;
        return name.Replace('/', '.');
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>XML 1.0 cannot hold most control characters, which a broken response body may contain.</summary>
    private static string Clean(string text) => new(text.Where(XmlConvert.IsXmlChar).ToArray());
}
