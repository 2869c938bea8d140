namespace Harness.Mock.Journal;

/// <summary>
/// The last <see cref="Capacity"/> requests, oldest dropped first, so memory stays flat under any load
/// (WireMock.Net's own unbounded request log is switched off).
/// </summary>
public sealed class RequestJournal
{
    private readonly JournalEntry?[] _ring;
    private readonly Lock _gate = new();
    private long _next = 1;

    public RequestJournal(int capacity)
    {
        Capacity = Math.Max(1, capacity);
        _ring = new JournalEntry?[Capacity];
    }

    public int Capacity { get; }

    /// <summary>The id the next entry will get; the dashboard polls with it.</summary>
    public long NextId
    {
        get
        {
            lock (_gate)
            {
                return _next;
            }
        }
    }

    public JournalEntry Add(Func<long, JournalEntry> create)
    {
        lock (_gate)
        {
            var entry = create(_next);
            _ring[_next % Capacity] = entry;
            _next++;
            return entry;
        }
    }

    /// <summary>Entries with an id greater than <paramref name="afterId"/>, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Since(long afterId = 0)
    {
        lock (_gate)
        {
            var first = Math.Max(Math.Max(afterId + 1, _next - Capacity), 1);
            var result = new List<JournalEntry>((int)Math.Max(0, _next - first));
            for (var id = first; id < _next; id++)
            {
                if (_ring[id % Capacity] is { } entry)
                {
                    result.Add(entry);
                }
            }

            return result;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            Array.Clear(_ring);
        }
    }
}
