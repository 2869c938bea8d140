namespace Harness.Benchmarks.Sections;

/// <summary>
/// The collections and pause time of this process over one measured round. The mock runs in-process, so during
/// its round the figures are its own (and the load generator's, when it is the in-process loop): p99 follows them.
/// </summary>
internal readonly record struct GcWindow(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated)
{
    public static GcWindow Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

    public GcWindow Since(GcWindow start) =>
        new(Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2, Paused - start.Paused, Allocated - start.Allocated);

    /// <summary>Gen0 counts every collection (a gen1 or gen2 collection also collects gen0).</summary>
    public string Describe(double seconds, long requests) =>
        $"{(requests > 0 ? Allocated / 1024.0 / requests : 0):0.0} KB allocated per request, " +
        $"{Gen0} collections ({Gen1} gen1, {Gen2} gen2), one per {(Gen0 > 0 ? requests / Gen0 : requests):N0} requests, " +
        $"paused {Paused.TotalMilliseconds:N0} ms ({(seconds > 0 ? 100 * Paused.TotalSeconds / seconds : 0):0.0} % of the round)";
}
