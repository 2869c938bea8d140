namespace Harness.Benchmarks.Load;

/// <summary>
/// How long and how hard to drive a server, the same for the ceiling and the mock: a warm-up, then
/// <paramref name="Rounds"/> measured windows of <paramref name="Duration"/>, alternating between the two servers.
/// </summary>
internal sealed record LoadSettings(int Connections, TimeSpan Warmup, TimeSpan Duration, int Rounds = 1)
{
    public LoadSettings MeasureOnly => this with { Warmup = TimeSpan.Zero };

    public LoadSettings WarmupOnly => this with { Duration = Warmup, Warmup = TimeSpan.Zero };
}

/// <summary>What one measured load window produced. Latencies in microseconds.</summary>
internal sealed record LoadResult(long Requests, double Seconds, long Errors, double P50Micros, double P99Micros)
{
    public double PerSecond => Seconds > 0 ? Requests / Seconds : 0;
}
