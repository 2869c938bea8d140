namespace Harness.Mock.State;

/// <summary>A snapshot or fixture that cannot be loaded; the message says why, and nothing was changed.</summary>
public sealed class SnapshotException : Exception
{
    public SnapshotException(string message) : base(message) { }
    public SnapshotException(string message, Exception inner) : base(message, inner) { }
    public SnapshotException() { }
}
