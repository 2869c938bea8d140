namespace Harness.Mock.Journal;

/// <summary>
/// The last <see cref="Capacity"/> requests, oldest dropped first, so memory stays flat under any load
/// (WireMock.Net's own unbounded request log is switched off). The ring's slots are made once and written over;
/// entries are built only when someone reads the journal.
/// </summary>
public sealed class RequestJournal
{
    private readonly JournalSlot[] _ring;
    private readonly Lock _gate = new();
    private long _next = 1;

    public RequestJournal(int capacity)
    {
        Capacity = Math.Max(1, capacity);
        _ring = new JournalSlot[Capacity];
        for (var i = 0; i < Capacity; i++)
        {
            _ring[i] = new JournalSlot();
        }
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

    /// <summary>Journals one request (everything in <paramref name="write"/> is built before the lock is taken).</summary>
    internal void Add(in JournalWrite write)
    {
        lock (_gate)
        {
            _ring[_next % Capacity].Write(_next, write);
            _next++;
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
                var slot = _ring[id % Capacity];
                if (slot.Id == id)
                {
                    result.Add(slot.ToEntry());
                }
            }

            return result;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            foreach (var slot in _ring)
            {
                slot.Clear();
            }
        }
    }
}
