namespace Harness.Mock.State;

/// <summary>
/// The mock's time: real by default, or frozen at an instant, or shifted by an offset, set through
/// <c>POST /__harness/clock</c>. Handlers read dates from it, never from <see cref="DateTime.Now"/>.
/// </summary>
public sealed class MockClock : TimeProvider
{
    private readonly TimeProvider _inner;
    private readonly Lock _gate = new();
    private DateTimeOffset? _frozen;
    private TimeSpan _offset;

    public MockClock(TimeProvider? inner = null) => _inner = inner ?? System;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _frozen ?? _inner.GetUtcNow() + _offset;
        }
    }

    public void Freeze(DateTimeOffset at)
    {
        lock (_gate)
        {
            _frozen = at;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            if (_frozen is { } frozen)
            {
                _frozen = frozen + by;
            }
            else
            {
                _offset += by;
            }
        }
    }

    public void Real()
    {
        lock (_gate)
        {
            _frozen = null;
            _offset = TimeSpan.Zero;
        }
    }

    public bool IsFrozen
    {
        get
        {
            lock (_gate)
            {
                return _frozen is not null;
            }
        }
    }
}
