using System.Numerics;

namespace Harness.Benchmarks.Load;

/// <summary>
/// Latencies in microseconds, log-linear buckets (exact below 128 µs, then 64 buckets per power of two: under
/// 1.6 % error), so recording costs an array increment. One per worker, merged at the end: no contention.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int Linear = 128;
    private const int PerOctave = 64;
    private readonly long[] _counts = new long[Linear + (40 * PerOctave)];

    public long Count { get; private set; }

    public void Record(long microseconds)
    {
        _counts[IndexOf(Math.Max(0, microseconds))]++;
        Count++;
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        Count += other.Count;
    }

    /// <summary>The latency (µs) below which <paramref name="percent"/> % of the recorded values lie.</summary>
    public double Percentile(double percent)
    {
        if (Count == 0)
        {
            return double.NaN;
        }

        var rank = (long)Math.Ceiling(Count * percent / 100.0);
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= Math.Max(1, rank))
            {
                return Midpoint(i);
            }
        }

        return Midpoint(_counts.Length - 1);
    }

    private static int IndexOf(long value)
    {
        if (value < Linear)
        {
            return (int)value;
        }

        var shift = BitOperations.Log2((ulong)value) - 6;              // value >> shift is in [64, 127]
        var index = Linear + ((shift - 1) * PerOctave) + (int)((value >> shift) - PerOctave);
        return Math.Min(index, Linear + (40 * PerOctave) - 1);
    }

    private static double Midpoint(int index)
    {
        if (index < Linear)
        {
            return index;
        }

        var shift = ((index - Linear) / PerOctave) + 1;
        var low = (long)(((index - Linear) % PerOctave) + PerOctave) << shift;
        return low + ((1L << shift) / 2.0);
    }
}
