using Harness.Core.Diagnostics;

namespace Harness.Core.Scenarios.Parsing;

/// <summary>The outcome of parsing one file: the scenario (when the structure allowed one) and every diagnostic.</summary>
public sealed record ScenarioFile(SourceDocument Document, Scenario? Scenario, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Scenario is null || Diagnostics.Any(d => d.IsError);

    public string Path => Document.Path;
}
