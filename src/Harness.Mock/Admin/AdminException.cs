namespace Harness.Mock.Admin;

/// <summary>A bad admin call: answered with <see cref="Status"/> and <c>{"error": message}</c>.</summary>
internal sealed class AdminException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
