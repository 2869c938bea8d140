using Harness.Benchmarks.Load;

namespace Harness.Benchmarks.Report;

/// <summary>A mock scenario next to the ceiling driven with the same requests.</summary>
internal sealed record ThroughputRow(string Name, string Description, LoadResult Mock, LoadResult Ceiling, Verdict? Target)
{
    public double Ratio => Ceiling.PerSecond > 0 ? Mock.PerSecond / Ceiling.PerSecond : double.NaN;
}

/// <summary>Any other figure: start-up, memory, runner.</summary>
internal sealed record MetricRow(string Section, string Name, string Value, Verdict? Target = null, string? Note = null)
{
    public string Text => Note is null ? Value : $"{Value} ({Note})";
}

/// <summary>A target from the issue and whether this run met it (null: not measured).</summary>
internal sealed record Verdict(string Target, bool? Met, string? Why = null)
{
    public string Mark => Met switch { true => "met", false => "MISSED", null => "not measured" };
}

/// <summary>Everything one run measured, in the order it was measured.</summary>
internal sealed class Results
{
    public List<ThroughputRow> Throughput { get; } = [];

    public List<MetricRow> Metrics { get; } = [];

    public List<string> Notes { get; } = [];

    public void Add(MetricRow row) => Metrics.Add(row);

    public void Note(string note) => Notes.Add(note);
}
