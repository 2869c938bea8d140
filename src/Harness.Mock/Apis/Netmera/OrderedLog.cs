namespace Harness.Mock.Apis.Netmera;

/// <summary>An item of an <see cref="OrderedLog{T}"/>: it knows its own slot so removal needs no search.</summary>
internal interface ILogged
{
    int Slot { get; set; }
}

/// <summary>
/// Items in the order they were added, with O(1) add and remove. Removing leaves a hole; the next read by
/// position closes every hole at once, so paging costs O(page) except for the first page after deletions.
/// </summary>
internal sealed class OrderedLog<T> where T : class, ILogged
{
    private readonly List<T?> _slots = [];
    private int _holes;

    public int Count => _slots.Count - _holes;

    public void Add(T item)
    {
        item.Slot = _slots.Count;
        _slots.Add(item);
    }

    public void Remove(T item)
    {
        if (item.Slot < _slots.Count && ReferenceEquals(_slots[item.Slot], item))
        {
            _slots[item.Slot] = null;
            _holes++;
        }
    }

    /// <summary>Every item, oldest first.</summary>
    public IEnumerable<T> All()
    {
        foreach (var item in _slots)
        {
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    /// <summary>Up to <paramref name="max"/> items from position <paramref name="offset"/> (positions count live items only).</summary>
    public IReadOnlyList<T> Page(long offset, int max)
    {
        Compact();
        if (offset >= _slots.Count || max <= 0)
        {
            return [];
        }

        var start = (int)offset;
        var page = new T[Math.Min(max, _slots.Count - start)];
        for (var i = 0; i < page.Length; i++)
        {
            page[i] = _slots[start + i]!;
        }

        return page;
    }

    private void Compact()
    {
        if (_holes == 0)
        {
            return;
        }

        var write = 0;
        for (var read = 0; read < _slots.Count; read++)
        {
            if (_slots[read] is { } item)
            {
                item.Slot = write;
                _slots[write++] = item;
            }
        }

        _slots.RemoveRange(write, _slots.Count - write);
        _holes = 0;
    }
}
