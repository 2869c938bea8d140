using Newtonsoft.Json.Linq;

namespace Harness.Mock.Generic;

/// <summary>
/// One tenant's resources of one API: each collection (by its concrete path, <c>/owners/7/pets</c>) keeps
/// its items by key in the order they were created. Read and written under the tenant's lock only.
/// </summary>
internal sealed class GenericState
{
    public Dictionary<string, ResourceCollection> Collections { get; } = new(StringComparer.Ordinal);

    public ResourceCollection Collection(string path)
    {
        if (!Collections.TryGetValue(path, out var collection))
        {
            collection = new ResourceCollection();
            Collections[path] = collection;
        }

        return collection;
    }

    public ResourceCollection? Find(string path) => Collections.GetValueOrDefault(path);

    /// <summary><c>{"/pets": [{…}, …]}</c>: every non-empty collection, items in creation order.</summary>
    public JObject ToJson()
    {
        var result = new JObject();
        foreach (var (path, collection) in Collections.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (collection.Count > 0)
            {
                result[path] = new JArray(collection.Items.Select(i => i.DeepClone()));
            }
        }

        return result;
    }
}

/// <summary>The items of one collection by key, in creation order, and the counter for generated keys.</summary>
internal sealed class ResourceCollection
{
    private readonly Dictionary<string, JObject> _byKey = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public int Count => _order.Count;

    public IEnumerable<JObject> Items => _order.Select(k => _byKey[k]);

    /// <summary>The next generated key's number: one past everything generated or stored so far.</summary>
    public long NextNumber { get; set; } = 1;

    public JObject? Get(string key) => _byKey.GetValueOrDefault(key);

    public bool Contains(string key) => _byKey.ContainsKey(key);

    public void Put(string key, JObject item)
    {
        if (!_byKey.ContainsKey(key))
        {
            _order.Add(key);
        }

        _byKey[key] = item;
        if (long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= NextNumber)
        {
            NextNumber = number + 1;
        }
    }

    public bool Remove(string key)
    {
        if (!_byKey.Remove(key))
        {
            return false;
        }

        _order.Remove(key);
        return true;
    }
}
