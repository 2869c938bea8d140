using Harness.Core.Diagnostics;
using Harness.Core.OpenApi;

namespace Harness.Core.Scenarios.Linting;

/// <summary>
/// Checks a parsed scenario against the API catalog without sending anything: operations, parameters,
/// variables, JSONPaths. Parsing already reported structural mistakes; this finds the meaningful ones.
/// </summary>
public static partial class ScenarioLinter
{
    public static IReadOnlyList<Diagnostic> Lint(Scenario scenario, ApiCatalog catalog)
    {
        var diagnostics = new DiagnosticBag();
        var api = CheckApi(scenario, catalog, diagnostics);
        foreach (var step in scenario.Steps)
        {
            CheckStep(step, scenario, api, catalog, diagnostics);
        }

        CheckVariables(scenario, diagnostics);
        return diagnostics.Sorted();
    }

    private static ApiDescription? CheckApi(Scenario scenario, ApiCatalog catalog, DiagnosticBag diagnostics)
    {
        if (scenario.Api.Value.Length == 0)
        {
            return null;
        }

        if (catalog.FindApi(scenario.Api.Value) is { } api)
        {
            return api;
        }

        var names = catalog.Apis.Select(a => a.Name).ToArray();
        diagnostics.Error(scenario.Api.Location with { Length = scenario.Api.Value.Length }, $"unknown api '{scenario.Api.Value}'",
            DidYouMean.Hint(scenario.Api.Value, names) ?? $"the OpenAPI folder defines: {string.Join(", ", names)}");
        return null;
    }
}
