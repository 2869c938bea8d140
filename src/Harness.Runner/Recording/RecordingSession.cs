using Harness.Core.OpenApi;

namespace Harness.Runner.Recording;

/// <summary>
/// What a recording has seen so far: every exchange in arrival order and the drift found in each, checked
/// as it arrives. Safe to feed from concurrent requests.
/// </summary>
internal sealed class RecordingSession(ApiCatalog catalog, Action<int, RecordedExchange, IReadOnlyList<DriftFinding>>? onExchange = null)
{
    private readonly DriftDetector _detector = new(catalog);
    private readonly List<RecordedExchange> _exchanges = [];
    private readonly List<DriftFinding> _drift = [];
    private readonly Lock _gate = new();

    public ApiCatalog Catalog => catalog;

    public IReadOnlyList<RecordedExchange> Exchanges
    {
        get
        {
            lock (_gate)
            {
                return _exchanges.ToArray();
            }
        }
    }

    public IReadOnlyList<DriftFinding> Drift
    {
        get
        {
            lock (_gate)
            {
                return _drift.ToArray();
            }
        }
    }

    /// <summary>Every key header value the client sent: reports and scenarios mask them wherever they appear.</summary>
    public IEnumerable<string> Keys =>
        Exchanges.SelectMany(e => catalog.Apis.Select(a => a.SecurityHeader).OfType<string>().Select(e.RequestHeader)).OfType<string>().Distinct();

    public void Add(RecordedExchange exchange)
    {
        int index;
        IReadOnlyList<DriftFinding> findings;
        lock (_gate)
        {
            _exchanges.Add(exchange);
            index = _exchanges.Count;
            findings = _detector.Check(index, exchange);
            _drift.AddRange(findings);
            // Under the lock, so the console shows calls in the order they are numbered.
            onExchange?.Invoke(index, exchange, findings);
        }
    }
}
