namespace Harness.Runner.Events;

/// <summary>A reporter (or anything else) that follows a run. Calls are serialised: no two at once.</summary>
internal interface IRunListener
{
    void Handle(RunEvent runEvent);
}
