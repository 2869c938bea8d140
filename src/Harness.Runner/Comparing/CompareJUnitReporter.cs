using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Harness.Runner.Reporting;
using Harness.Runner.Results;

namespace Harness.Runner.Comparing;

/// <summary>JUnit XML of a comparison: one testcase per case, failed when the targets differ or either side fails.</summary>
internal sealed class CompareJUnitReporter(string path) : ICompareListener
{
    public void CaseCompared(CaseComparison comparison)
    {
    }

    public void Finished(CompareResult result) => ReportFile.Write(path, Render(result));

    public static string Render(CompareResult result)
    {
        var masker = CompareMasking.For(result);
        var suites = result.Cases.GroupBy(c => c.Case.File, StringComparer.Ordinal).Select(file => new XElement("testsuite",
            new XAttribute("name", file.Key),
            Counts(file.ToArray()),
            file.Select(c => Case(c, masker))));
        var root = new XElement("testsuites", new XAttribute("name", "harness compare"), Counts(result.Cases),
            new XAttribute("time", result.Duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)), suites);
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static XElement Case(CaseComparison comparison, SecretMasker masker)
    {
        var element = new XElement("testcase", new XAttribute("name", comparison.Case.Name), new XAttribute("classname", comparison.Case.File));
        switch (comparison.Outcome)
        {
            case Outcome.Skipped:
                element.Add(new XElement("skipped", new XAttribute("message", masker.Apply(comparison.StoppedReason ?? "skipped"))));
                break;
            case Outcome.Failed:
                var message = comparison.Differs
                    ? $"{comparison.DifferenceCount} difference(s) between A and B"
                    : "a side failed its own checks";
                element.Add(new XElement("failure", new XAttribute("message", message), new XAttribute("type", comparison.Differs ? "difference" : "failure"),
                    masker.Apply(CompareText.Of(comparison, masker))));
                break;
        }

        return element;
    }

    private static XAttribute[] Counts(IReadOnlyCollection<CaseComparison> cases) =>
    [
        new("tests", cases.Count),
        new("failures", cases.Count(c => c.Outcome == Outcome.Failed)),
        new("skipped", cases.Count(c => c.Outcome == Outcome.Skipped)),
    ];
}
