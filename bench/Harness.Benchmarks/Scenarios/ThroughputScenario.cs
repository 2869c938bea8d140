using Harness.Benchmarks.Load;
using Harness.Mock;

namespace Harness.Benchmarks.Scenarios;

/// <summary>One request shape driven against the mock, and against the ceiling with the same requests.</summary>
internal sealed record ThroughputScenario(
    string Name,
    string Description,
    RequestTemplate Template,
    Func<HarnessMock, string>? Setup = null)
{
    /// <summary>The 200 the probe request must get before the load starts; other statuses stop the scenario.</summary>
    public int ExpectedStatus { get; init; } = 200;
}
