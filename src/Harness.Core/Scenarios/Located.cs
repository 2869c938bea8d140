using Harness.Core.Diagnostics;

namespace Harness.Core.Scenarios;

/// <summary>A parsed value and where it was written.</summary>
public sealed record Located<T>(T Value, SourceLocation Location)
{
    public override string ToString() => Value?.ToString() ?? "";
}
