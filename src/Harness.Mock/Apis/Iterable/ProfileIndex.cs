namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// Key → the profiles holding it, oldest first. Most keys have one holder, so the value is the profile
/// itself and becomes a list only for the second holder: a million single-holder keys cost no lists.
/// </summary>
internal sealed class ProfileIndex
{
    private readonly Dictionary<string, object> _map = new(StringComparer.Ordinal);

    public int KeyCount => _map.Count;

    public Profile? Oldest(string key) =>
        _map.TryGetValue(key, out var value) ? value as Profile ?? ((List<Profile>)value)[0] : null;

    /// <summary>A copy of the holders, oldest first, so callers may change the index while walking it.</summary>
    public IReadOnlyList<Profile> All(string key) => _map.TryGetValue(key, out var value)
        ? value is Profile single ? [single] : ((List<Profile>)value).ToArray()
        : [];

    /// <summary>Whether a profile other than <paramref name="except"/> holds the key.</summary>
    public bool HeldByOther(string key, Profile? except) => _map.TryGetValue(key, out var value) && value switch
    {
        Profile single => !ReferenceEquals(single, except),
        _ => ((List<Profile>)value).Exists(p => !ReferenceEquals(p, except)),
    };

    public void Add(string key, Profile profile)
    {
        if (!_map.TryGetValue(key, out var value))
        {
            _map[key] = profile;
            return;
        }

        if (value is Profile single)
        {
            if (ReferenceEquals(single, profile))
            {
                return;
            }

            _map[key] = single.Sequence < profile.Sequence ? new List<Profile>(2) { single, profile } : new List<Profile>(2) { profile, single };
            return;
        }

        var list = (List<Profile>)value;
        if (list.Contains(profile))
        {
            return;
        }

        // A profile may gain a shared key long after it was created: keep creation order, not arrival order.
        var at = list.FindIndex(p => p.Sequence > profile.Sequence);
        list.Insert(at < 0 ? list.Count : at, profile);
    }

    public void Remove(string key, Profile profile)
    {
        if (!_map.TryGetValue(key, out var value))
        {
            return;
        }

        if (value is Profile single)
        {
            if (ReferenceEquals(single, profile))
            {
                _map.Remove(key);
            }

            return;
        }

        var list = (List<Profile>)value;
        list.Remove(profile);
        if (list.Count == 1)
        {
            _map[key] = list[0];
        }
    }

    /// <summary>A key held by more than one profile, or null: what stops a key from becoming unique.</summary>
    public string? FirstShared() => _map.FirstOrDefault(pair => pair.Value is List<Profile>).Key;
}
