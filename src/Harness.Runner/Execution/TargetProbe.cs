using System.Collections.Concurrent;
using Harness.Runner.Http;

namespace Harness.Runner.Execution;

/// <summary>
/// Asks targets what they are: reachable at all, and a harness mock (answers <c>GET /__harness/health</c>
/// with 200) or not. Answers are cached per root for the run.
/// </summary>
internal sealed class TargetProbe(HttpSender sender)
{
    public const string HealthPath = "/__harness/health";

    private readonly ConcurrentDictionary<Uri, Lazy<Task<bool>>> _harness = new();

    public Task<bool> IsHarnessAsync(Uri root, CancellationToken cancellationToken) =>
        _harness.GetOrAdd(root, r => new Lazy<Task<bool>>(() => ProbeHealthAsync(r, cancellationToken))).Value;

    /// <summary>Null when the root answers HTTP at all (any status), otherwise why it cannot be reached.</summary>
    public async Task<string?> UnreachableReasonAsync(Uri root, CancellationToken cancellationToken)
    {
        var exchange = await sender.SendAsync(new ExchangeRequest("GET", root, [], null), cancellationToken).ConfigureAwait(false);
        return exchange is { TransportError: { } error, RefusedStatus: null } ? $"target {root.ToString().TrimEnd('/')} is unreachable: {error}" : null;
    }

    private async Task<bool> ProbeHealthAsync(Uri root, CancellationToken cancellationToken)
    {
        var url = new Uri(root.AbsoluteUri.TrimEnd('/') + HealthPath);
        var exchange = await sender.SendAsync(new ExchangeRequest("GET", url, [], null), cancellationToken).ConfigureAwait(false);
        return exchange.Response?.Status == 200;
    }
}
