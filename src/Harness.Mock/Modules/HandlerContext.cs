namespace Harness.Mock.Modules;

/// <summary>
/// Everything a handler may use. Handlers run under the tenant's lock, so they read and write
/// <see cref="State"/> freely; they must check the whole request before changing anything, so a
/// rejected request leaves the state as it was.
/// </summary>
public sealed class HandlerContext<TState>
{
    private readonly List<string> _warnings;

    internal HandlerContext(MockRequest request, TState state, TimeProvider clock, List<string> warnings)
    {
        Request = request;
        State = state;
        Clock = clock;
        _warnings = warnings;
    }

    public MockRequest Request { get; }
    public TState State { get; }
    public TimeProvider Clock { get; }

    /// <summary>Records a warning in the request journal (the request still succeeds).</summary>
    public void Warn(string message) => _warnings.Add(message);
}
