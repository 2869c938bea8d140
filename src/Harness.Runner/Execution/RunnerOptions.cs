namespace Harness.Runner.Execution;

/// <summary>How a run behaves; defaults in one place, checked once by <see cref="Validate"/>.</summary>
internal sealed record RunnerOptions
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>One body is held in memory whole (checks need all of it), so the limit stays well inside an array.</summary>
    public const long MaxResponseBytesCeiling = 1L << 30;

    /// <summary>Bound on each request, headers and body together.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Bytes of one response body the runner reads at most; a longer body fails the step unread.</summary>
    public long MaxResponseBytes { get; init; } = Http.BoundedBody.DefaultLimit;

    /// <summary>How many scenario cases run at once.</summary>
    public int Parallel { get; init; } = 1;

    /// <summary>Source of <c>{{ env.NAME }}</c>; tests replace it.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public void Validate()
    {
        var problems = new List<string>();
        if (Timeout <= TimeSpan.Zero)
        {
            problems.Add($"the timeout must be positive, got {Timeout.TotalSeconds} s");
        }

        if (MaxResponseBytes is < 1 or > MaxResponseBytesCeiling)
        {
            problems.Add($"--max-response-bytes must be between 1 and {MaxResponseBytesCeiling}, got {MaxResponseBytes}");
        }

        if (Parallel < 1)
        {
            problems.Add($"--parallel must be at least 1, got {Parallel}");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems));
        }
    }
}
