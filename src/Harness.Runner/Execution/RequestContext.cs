namespace Harness.Runner.Execution;

/// <summary>Where and as whom one scenario run sends its requests.</summary>
internal sealed record RequestContext(Uri Root, string? ApiKey)
{
    /// <summary>The target root joined with a path that starts with '/'.</summary>
    public Uri Resolve(string pathAndQuery) => new(Root.AbsoluteUri.TrimEnd('/') + pathAndQuery);
}
