namespace Harness.Core.Collections;

/// <summary>
/// A set lent to the calling thread and given back empty, for work on a hot path that needs one for a moment (ids
/// seen in a request body, keys seen in a stored object): it is made once per thread instead of once per call.
/// </summary>
public static class ScratchSet
{
    /// <summary>A set that grew past this many items is not kept for the thread's lifetime.</summary>
    private const int KeepItems = 16 * 1024;

    /// <summary>The thread's set, empty; give it back with <see cref="Return{T}"/> (a nested rent gets a new one).</summary>
    public static HashSet<T> Rent<T>()
    {
        var set = Kept<T>.Set ?? [];
        Kept<T>.Set = null;
        return set;
    }

    public static void Return<T>(HashSet<T> set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var keep = set.Count <= KeepItems;
        set.Clear();
        if (keep)
        {
            Kept<T>.Set = set;
        }
    }

    private static class Kept<T>
    {
        [ThreadStatic]
        internal static HashSet<T>? Set;
    }
}
