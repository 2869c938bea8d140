namespace Harness.Mock.State;

/// <summary>
/// The mock's time: real by default, or frozen at an instant, or shifted by an offset, set through
/// <c>POST /__harness/clock</c>. Handlers read dates from it, never from <see cref="DateTime.Now"/>.
/// </summary>
public sealed class MockClock : TimeProvider
{
    private readonly TimeProvider _inner;
    private readonly Lock _gate = new();

    // Every handler of every tenant reads the clock, often several times per request: readers take one
    // immutable setting without a lock, and only the rare admin change takes the gate to replace it.
    private Setting _setting = Setting.RealTime;

    public MockClock(TimeProvider? inner = null) => _inner = inner ?? System;

    public override DateTimeOffset GetUtcNow()
    {
        var setting = Volatile.Read(ref _setting);
        return setting.Frozen ?? _inner.GetUtcNow() + setting.Offset;
    }

    /// <summary>
    /// The clock stays between these instants: the vendors' date formats (Unix milliseconds, four-digit years)
    /// hold them, and handlers may add days or years to now without leaving what a date can be.
    /// </summary>
    public static readonly DateTimeOffset Earliest = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Latest = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public void Freeze(DateTimeOffset at)
    {
        if (!TryFreeze(at))
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"the clock stays between {Earliest:O} and {Latest:O}");
        }
    }

    /// <summary>Freezes the clock at <paramref name="at"/>, or changes nothing and answers false when it is out of range.</summary>
    public bool TryFreeze(DateTimeOffset at)
    {
        if (at < Earliest || at > Latest)
        {
            return false;
        }

        lock (_gate)
        {
            Volatile.Write(ref _setting, new Setting(at, TimeSpan.Zero));
            return true;
        }
    }

    public void Advance(TimeSpan by)
    {
        if (!TryAdvance(by))
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, $"the clock stays between {Earliest:O} and {Latest:O}");
        }
    }

    /// <summary>Moves the clock by <paramref name="by"/> (back when negative), or changes nothing and answers false when that leaves the range.</summary>
    public bool TryAdvance(TimeSpan by)
    {
        lock (_gate)
        {
            var setting = _setting;
            var now = setting.Frozen ?? _inner.GetUtcNow() + setting.Offset;
            // Compared as spans, so an absurd step cannot overflow the instant it is added to.
            if (by > Latest - now || by < Earliest - now)
            {
                return false;
            }

            Volatile.Write(ref _setting, setting.Frozen is { } frozen
                ? setting with { Frozen = frozen + by }
                : setting with { Offset = setting.Offset + by });
            return true;
        }
    }

    public void Real()
    {
        lock (_gate)
        {
            Volatile.Write(ref _setting, Setting.RealTime);
        }
    }

    public bool IsFrozen => Volatile.Read(ref _setting).Frozen is not null;

    private sealed record Setting(DateTimeOffset? Frozen, TimeSpan Offset)
    {
        public static readonly Setting RealTime = new(null, TimeSpan.Zero);
    }
}
