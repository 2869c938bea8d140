using FluentAssertions;
using Harness.Core.Diagnostics;

namespace Harness.Core.Tests.Diagnostics;

internal sealed class DiagnosticFormatterTests
{
    private static readonly SourceDocument Document = new(
        "specs/iterable/devices.scenario.yaml",
        string.Join('\n', Enumerable.Range(1, 13).Select(i => $"# line {i}")) + "\n  - call: disableDevic\n");

    [Test]
    public void Format_ShowsLocationSourceLineCaretAndHint()
    {
        var diagnostic = Diagnostic.Error(Document.At(14, 11, 12), "unknown operation 'disableDevic'") with
        {
            Hint = "did you mean 'disableDevice'?",
        };

        DiagnosticFormatter.Format(diagnostic).Should().Be(
            """
            specs/iterable/devices.scenario.yaml:14:11: error: unknown operation 'disableDevic'
             14 |   - call: disableDevic
                |           ^~~~~~~~~~~~
              hint: did you mean 'disableDevice'?
            """);
    }

    [Test]
    public void Format_AlignsExpectedActualAndNotes_AndIndentsMultilineValues()
    {
        var diagnostic = Diagnostic.Error(Document.At(14, 5), "status 400, expected 200") with
        {
            Expected = "200",
            Actual = "400",
            Notes = [new DiagnosticNote("reproduce", "curl -X POST 'http://x'"), new DiagnosticNote("detail", "line one\nline two")],
        };

        DiagnosticFormatter.Format(diagnostic).Should().Be(
            """
            specs/iterable/devices.scenario.yaml:14:5: error: status 400, expected 200
             14 |   - call: disableDevic
                |     ^
              expected:  200
              actual:    400
              reproduce: curl -X POST 'http://x'
              detail:    line one
                         line two
            """);
    }

    [Test]
    public void Format_WithoutLocation_PrintsOnlyTheMessage()
    {
        DiagnosticFormatter.Format(Diagnostic.Warning(null, "nothing to run")).Should().Be("warning: nothing to run");
    }

    [Test]
    public void Format_ClampsACaretPastTheEndOfTheLine()
    {
        var text = DiagnosticFormatter.Format(Diagnostic.Error(Document.At(1, 40, 5), "x"));

        text.Split('\n')[2].Should().Be("   | " + new string(' ', "# line 1".Length) + "^");
    }
}
