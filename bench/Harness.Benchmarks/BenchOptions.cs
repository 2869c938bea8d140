using Harness.Benchmarks.Load;

namespace Harness.Benchmarks;

/// <summary>What one run measures and how long; <c>--quick</c> shortens every window and shrinks the memory section.</summary>
internal sealed record BenchOptions
{
    public static readonly IReadOnlyList<string> Sections = ["startup", "throughput", "memory", "tenants", "runner", "worstcase"];

    public bool Quick { get; init; }

    /// <summary>Section names or scenario names (case-insensitive, a part is enough); empty: everything.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>auto (wrk when on PATH), wrk, or inproc.</summary>
    public string Driver { get; init; } = "auto";

    public int Connections { get; init; } = 32;

    public LoadSettings Load => Quick
        ? new LoadSettings(Connections, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), Rounds: 1)
        : new LoadSettings(Connections, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), Rounds: 2);

    /// <summary>Devices in the large getDeviceTokens tenant: a million in both modes (it is the target's definition).</summary>
    public int LargeTenant => 1_000_000;

    /// <summary>Iterable profiles and Netmera devices in the memory section (each).</summary>
    public int MemoryRecords => Quick ? 100_000 : 1_000_000;

    public long SustainedRequests => Quick ? 100_000 : 1_000_000;

    public long SampleEvery => Quick ? 20_000 : 100_000;

    /// <summary>New API keys sent in the tenants section, one request each.</summary>
    public int NewKeys => Quick ? 20_000 : 100_000;

    public int RunnerSteps => Quick ? 2_000 : 10_000;

    public int StartupRepeats => Quick ? 2 : 5;

    /// <summary>Leave Prism out of the throughput section (it is otherwise run when Node and npm are present).</summary>
    public bool NoPrism { get; init; }

    public string? MarkdownFile { get; init; }

    public bool UpdateDocs { get; init; }

    public bool RunsSection(string section) =>
        Only.Count == 0
        || Only.Any(o => string.Equals(o, section, StringComparison.OrdinalIgnoreCase))
        || (section == "throughput" && Only.Any(o => !Sections.Contains(o, StringComparer.OrdinalIgnoreCase)));

    /// <summary>Whether a throughput scenario runs: its section is selected whole, or it is named.</summary>
    public bool RunsScenario(string name) =>
        Only.Count == 0
        || Only.Any(o => string.Equals(o, "throughput", StringComparison.OrdinalIgnoreCase))
        || Only.Any(o => name.Contains(o, StringComparison.OrdinalIgnoreCase));
}
