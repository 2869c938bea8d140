namespace Harness.Runner.Events;

/// <summary>Hands every event to every listener, one at a time, so reporters need no locking of their own.</summary>
internal sealed class EventHub(IEnumerable<IRunListener> listeners)
{
    private readonly IRunListener[] _listeners = listeners.ToArray();
    private readonly Lock _gate = new();

    public void Publish(RunEvent runEvent)
    {
        lock (_gate)
        {
            foreach (var listener in _listeners)
            {
                listener.Handle(runEvent);
            }
        }
    }
}
