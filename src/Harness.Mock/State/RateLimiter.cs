namespace Harness.Mock.State;

/// <summary>Sliding one-second windows per rate-limit group, counting accepted calls only.</summary>
internal sealed class RateLimiter
{
    private readonly Dictionary<string, Queue<long>> _windows = new(StringComparer.Ordinal);

    /// <summary>True and counted when the call fits in the group's window. Locks itself, so a request
    /// takes its tenant's lock only once, around its handler.</summary>
    public bool TryAcquire(string group, int perSecond, DateTimeOffset now)
    {
        lock (_windows)
        {
            return Fits(group, perSecond, now);
        }
    }

    private bool Fits(string group, int perSecond, DateTimeOffset now)
    {
        if (!_windows.TryGetValue(group, out var window))
        {
            window = new Queue<long>();
            _windows[group] = window;
        }

        var ticks = now.UtcTicks;
        while (window.Count > 0 && ticks - window.Peek() >= TimeSpan.TicksPerSecond)
        {
            window.Dequeue();
        }

        if (window.Count >= perSecond)
        {
            return false;
        }

        window.Enqueue(ticks);
        return true;
    }
}
