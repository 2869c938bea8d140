namespace Harness.Benchmarks.Load;

/// <summary>Drives one server: for a time (warm-up, then a measured window) or for a number of requests.</summary>
internal interface ILoadDriver
{
    string Name { get; }

    Task<LoadResult> RunAsync(string baseUrl, RequestTemplate template, LoadSettings settings, CancellationToken cancellationToken);

    /// <summary>
    /// About <paramref name="count"/> requests, the templates taken in turn; request numbers <c>{n}</c> start after
    /// <paramref name="offset"/>, so consecutive calls continue one sequence.
    /// </summary>
    Task<LoadResult> RunCountAsync(string baseUrl, IReadOnlyList<RequestTemplate> templates, int connections, long count, long offset, CancellationToken cancellationToken);
}
