using Harness.Core.Diagnostics;

namespace Harness.Core.Scenarios;

/// <summary>One row of <c>examples</c>: its values become vars for one run of the scenario.</summary>
public sealed record ExampleRow(int Index, string? Name, IReadOnlyList<NamedNode> Values, SourceLocation Location)
{
    public bool Defines(string name) => Values.Any(v => v.Key == name);
}
