using Harness.Core.Diagnostics;
using Harness.Core.OpenApi;
using Harness.Core.Scenarios;
using Harness.Core.Scenarios.Linting;
using Harness.Core.Scenarios.Parsing;

namespace Harness.Runner.Planning;

/// <summary>Finds, parses and lints scenario files: what <c>run</c> and <c>lint</c> both do before anything is sent.</summary>
internal static class ScenarioLoader
{
    /// <param name="displayRoot">Paths are shown relative to this folder when given (tests run far from the repo root).</param>
    public static LoadedScenarios Load(IEnumerable<string> paths, ApiCatalog catalog, string? displayRoot = null)
    {
        var requested = paths.ToArray();
        var files = ScenarioDiscovery.Find(requested, out var missing);
        var diagnostics = missing.Select(m => Diagnostic.Error(null, $"{m}: no such file or folder")).ToList();
        if (files.Count == 0 && missing.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(null,
                $"no scenario files ({string.Join(", ", ScenarioDiscovery.Patterns)}) under {string.Join(", ", requested)}"));
        }

        var scenarios = new List<Scenario>();
        foreach (var file in files)
        {
            var parsed = Parse(file, displayRoot);
            if (parsed.Scenario is null)
            {
                diagnostics.AddRange(parsed.Diagnostics);
                continue;
            }

            // Lint even a file with structural errors: one pass should show every mistake.
            var all = parsed.Diagnostics.Concat(ScenarioLinter.Lint(parsed.Scenario, catalog))
                .OrderBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0)
                .ToArray();
            diagnostics.AddRange(all);
            if (!all.Any(d => d.IsError))
            {
                scenarios.Add(parsed.Scenario);
            }
        }

        return new LoadedScenarios(files, scenarios, diagnostics);
    }

    public static ScenarioFile Parse(string file, string? displayRoot = null) =>
        ScenarioParser.ParseFile(file, displayRoot is null ? file : Path.GetRelativePath(displayRoot, file).Replace('\\', '/'));
}
