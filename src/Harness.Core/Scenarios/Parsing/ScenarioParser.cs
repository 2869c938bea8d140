using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Yaml;

namespace Harness.Core.Scenarios.Parsing;

/// <summary>Entry point of the scenario language: YAML text to a <see cref="Scenario"/> with locations and diagnostics.</summary>
public static class ScenarioParser
{
    /// <summary>Reads a file; <paramref name="displayPath"/> is how diagnostics name it (default: the path as given).</summary>
    public static ScenarioFile ParseFile(string path, string? displayPath = null)
    {
        var shown = (displayPath ?? path).Replace('\\', '/');
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            var missing = new SourceDocument(shown, "");
            return new ScenarioFile(missing, null, [Diagnostic.Error(null, $"{shown}: cannot read the file: {e.Message}")]);
        }

        return Parse(new SourceDocument(shown, text));
    }

    public static ScenarioFile Parse(SourceDocument document)
    {
        var diagnostics = new DiagnosticBag();
        var root = NodeReader.Read(document, diagnostics);
        var scenario = root is null ? null : new ScenarioReader(diagnostics).ReadScenario(root, document);
        return new ScenarioFile(document, scenario, diagnostics.Sorted());
    }
}
