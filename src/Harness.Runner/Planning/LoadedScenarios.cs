using Harness.Core.Diagnostics;
using Harness.Core.Scenarios;

namespace Harness.Runner.Planning;

/// <summary>The scenario files found under some paths: the valid scenarios and every diagnostic about them.</summary>
internal sealed record LoadedScenarios(IReadOnlyList<string> Files, IReadOnlyList<Scenario> Scenarios, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
