using System.Collections.Concurrent;
using System.Diagnostics;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.State;

/// <summary>
/// All tenants of a mock, created on first use of their key and kept by the SHA-256 of the key; snapshot
/// and restore as JSON. The set of tenants is one <see cref="Table"/> that whole-state calls replace in a
/// single swap, so a whole-state read sees one table and two restores never merge. At most
/// <see cref="MaxTenants"/> tenants besides the fixture tenants: the next new key forgets the least recently
/// used one.
/// </summary>
public sealed class TenantStore
{
    private readonly IReadOnlyList<IApiModule> _modules;

    // Creations, evictions and swaps take this lock; a request for a known key never does.
    private readonly Lock _writeGate = new();

    // Fixture tenants by hash, remembered across resets and restores so they keep their name.
    private readonly ConcurrentDictionary<string, string> _fixtureNames = new(StringComparer.Ordinal);

    private volatile Table _table = new();

    internal TenantStore(IReadOnlyList<IApiModule> modules, int maxTenants = int.MaxValue)
    {
        _modules = modules;
        MaxTenants = maxTenants;
    }

    /// <summary>The module of every API, which snapshots, restores and fixtures go through.</summary>
    public IReadOnlyList<IApiModule> Modules => _modules;

    /// <summary>How many tenants besides the fixture tenants the store holds before it forgets the least recently used.</summary>
    public int MaxTenants { get; }

    public IApiModule? ModuleFor(string apiName) =>
        _modules.FirstOrDefault(m => string.Equals(m.ApiName, apiName, StringComparison.OrdinalIgnoreCase));

    /// <summary>How many tenants there are, fixture tenants included.</summary>
    public int Count => _table.ByHash.Count;

    /// <summary>
    /// The tenant of an API key, created when new. When that makes more than <see cref="MaxTenants"/>
    /// non-fixture tenants, the least recently used ones are forgotten and named in <paramref name="warnings"/>.
    /// </summary>
    public Tenant GetOrCreate(string key, ICollection<string>? warnings = null)
    {
        // The path of every request: one lookup and a timestamp, no lock shared with other tenants.
        if (_table.ByKey.TryGetValue(key, out var known))
        {
            known.LastUsed = Stopwatch.GetTimestamp();
            return known;
        }

        return Create(key, KeyMask.HashOf(key), warnings);
    }

    /// <summary>The tenant a fixture file seeds: never forgotten by the cap, shown by its name.</summary>
    internal Tenant GetOrCreateFixture(string name)
    {
        var hash = KeyMask.HashOf(name);
        _fixtureNames[hash] = name;
        lock (_writeGate)
        {
            var table = _table;
            if (table.ByHash.TryGetValue(hash, out var tenant))
            {
                if (!tenant.IsFixture)
                {
                    tenant.FixtureName = name;
                    table.Evictable--;
                }

                return tenant;
            }
        }

        return Create(name, hash, null);
    }

    private Tenant Create(string? key, string hash, ICollection<string>? warnings)
    {
        lock (_writeGate)
        {
            var table = _table;
            if (table.ByHash.TryGetValue(hash, out var tenant))
            {
                // Restored from a snapshot by hash: the first call with the key makes it findable by key.
                if (key is not null && tenant.Key is null)
                {
                    tenant.Key = key;
                    table.ByKey[key] = tenant;
                }

                tenant.LastUsed = Stopwatch.GetTimestamp();
                return tenant;
            }

            tenant = new Tenant(hash, key) { FixtureName = _fixtureNames.GetValueOrDefault(hash) };
            if (!tenant.IsFixture)
            {
                while (table.Evictable >= MaxTenants && table.LeastRecentlyUsed(MaxTenants) is { } victim)
                {
                    table.Remove(victim);
                    warnings?.Add($"tenant {victim.DisplayName} (id {victim.Id}) was forgotten to make room for a new key: "
                        + $"the mock holds at most {MaxTenants} tenants besides the fixture tenants (--max-tenants)");
                }
            }

            table.Add(tenant);
            return tenant;
        }
    }

    /// <summary>The tenant of a key, or null; never creates one.</summary>
    public Tenant? Find(string key)
    {
        var table = _table;
        return table.ByKey.GetValueOrDefault(key) ?? table.ByHash.GetValueOrDefault(KeyMask.HashOf(key));
    }

    /// <summary>
    /// The tenant an admin call names with <c>?tenant=</c> or <c>/tenants/&lt;name&gt;</c>: a <c>sha256:</c>
    /// name, a tenant's id, or an API key, in that order. An id always means its own tenant, even when
    /// another tenant's key is that same text (that tenant is still named by its own id or hash).
    /// </summary>
    public Tenant? Resolve(string name)
    {
        var table = _table;
        if (KeyMask.HashIn(name) is { } hash)
        {
            return table.ByHash.GetValueOrDefault(hash);
        }

        return table.ById.GetValueOrDefault(name)
            ?? table.ByKey.GetValueOrDefault(name)
            ?? table.ByHash.GetValueOrDefault(KeyMask.HashOf(name));
    }

    /// <summary>The tenant <see cref="Resolve"/> finds, else a new one for the name taken as a key (or a hash).</summary>
    public Tenant ResolveOrCreate(string name, ICollection<string>? warnings = null) =>
        Resolve(name) ?? (KeyMask.HashIn(name) is { } hash ? Create(null, hash, warnings) : GetOrCreate(name, warnings));

    /// <summary>The hash an admin call means by a name, whether or not that tenant exists yet.</summary>
    public string HashFor(string name) => Resolve(name)?.Hash ?? KeyMask.HashIn(name) ?? KeyMask.HashOf(name);

    /// <summary>Every tenant, by hash.</summary>
    public IReadOnlyCollection<Tenant> All => Ordered(_table);

    private static Tenant[] Ordered(Table table) =>
        table.ByHash.Values.OrderBy(t => t.Hash, StringComparer.Ordinal).ToArray();

    /// <summary>Forgets every tenant: the old table and everything in it become garbage at once. Answers how many there were.</summary>
    public int ResetAll()
    {
        lock (_writeGate)
        {
            var forgotten = _table.ByHash.Count;
            _table = new Table();
            return forgotten;
        }
    }

    public void Reset(Tenant tenant)
    {
        lock (_writeGate)
        {
            if (_table.ByHash.TryGetValue(tenant.Hash, out var held) && ReferenceEquals(held, tenant))
            {
                _table.Remove(tenant);
            }
        }
    }

    /// <summary>One tenant as <c>{"settings":{…}, "&lt;api&gt;": {…}}</c>, read under its lock.</summary>
    public JObject Snapshot(Tenant tenant)
    {
        lock (tenant.Gate)
        {
            var result = new JObject { ["settings"] = new JObject { ["rateLimits"] = tenant.RateLimitsEnabled } };
            foreach (var module in _modules.Where(m => tenant.ApiNames.Contains(m.ApiName)))
            {
                result[module.ApiName] = module.Snapshot(tenant.StateOf(module));
            }

            return result;
        }
    }

    /// <summary>
    /// Every tenant: <c>{"tenants":{"sha256:&lt;hex&gt;":{…}}}</c>. Tenants are named by the hash of their key,
    /// never the key, and restore to the same key. One table is read, so a concurrent restore is seen whole or not at all.
    /// </summary>
    public JObject SnapshotAll()
    {
        var tenants = new JObject();
        foreach (var tenant in Ordered(_table))
        {
            tenants[KeyMask.HashPrefix + tenant.Hash] = Snapshot(tenant);
        }

        return new JObject { ["tenants"] = tenants };
    }

    /// <summary>Replaces one tenant's state with a snapshot taken by <see cref="Snapshot(Tenant)"/>; nothing changes when it is bad.</summary>
    public void Restore(Tenant tenant, JObject snapshot, string path = "$") => Install(tenant, Load(tenant.Hash, snapshot, path));

    /// <summary>
    /// A tenant's state built from a snapshot on a tenant of no store, for <see cref="Install"/>: a bad snapshot
    /// throws here, before any tenant exists or changes.
    /// </summary>
    internal Tenant Load(string hash, JObject snapshot, string path = "$")
    {
        var loaded = new Tenant(hash, key: null);
        Load(loaded, snapshot, path);
        return loaded;
    }

    /// <summary>Replaces a tenant's state with one <see cref="Load(string, JObject, string)"/> built, under the tenant's lock.</summary>
    internal void Install(Tenant tenant, Tenant loaded)
    {
        lock (tenant.Gate)
        {
            tenant.Clear();
            tenant.RateLimitsEnabled = loaded.RateLimitsEnabled;
            foreach (var module in _modules.Where(m => loaded.ApiNames.Contains(m.ApiName)))
            {
                tenant.Replace(module, loaded.StateOf(module));
            }
        }
    }

    /// <summary>
    /// Replaces the whole state with a snapshot taken by <see cref="SnapshotAll"/>. Tenants are named
    /// <c>sha256:&lt;hex&gt;</c> (as GET writes them) or by a key (a hand-written snapshot). Everything is
    /// parsed into a new table first, which then replaces the old one in one step.
    /// </summary>
    public void RestoreAll(JObject snapshot)
    {
        if (snapshot["tenants"] is not JObject tenants)
        {
            throw new SnapshotException("$.tenants: a snapshot of the whole state has a \"tenants\" object");
        }

        var table = new Table();
        foreach (var property in tenants.Properties())
        {
            var hash = KeyMask.HashIn(property.Name);
            var key = hash is null ? property.Name : null;
            // A key used as a name is never echoed: the path shows it masked.
            var path = $"$.tenants['{(hash is null ? KeyMask.Mask(key) : property.Name)}']";
            if (property.Value is not JObject body)
            {
                throw new SnapshotException($"{path}: a tenant is an object");
            }

            var tenant = new Tenant(hash ?? KeyMask.HashOf(key!), key);
            if (table.ByHash.ContainsKey(tenant.Hash))
            {
                throw new SnapshotException($"{path}: this tenant is named twice (once by key, once by hash)");
            }

            tenant.FixtureName = _fixtureNames.GetValueOrDefault(tenant.Hash);
            Load(tenant, body, path);
            table.Add(tenant);
        }

        lock (_writeGate)
        {
            _table = table;
        }
    }

    private void Load(Tenant tenant, JObject snapshot, string path)
    {
        foreach (var property in snapshot.Properties())
        {
            if (property.Name == "settings")
            {
                tenant.RateLimitsEnabled = property.Value switch
                {
                    JObject { } settings when settings["rateLimits"] is null or { Type: JTokenType.Null } => false,
                    JObject { } settings when settings["rateLimits"] is { Type: JTokenType.Boolean } flag => (bool)flag,
                    JObject => throw new SnapshotException($"{path}.settings.rateLimits: true or false"),
                    _ => throw new SnapshotException($"{path}.settings: an object"),
                };
                continue;
            }

            var module = _modules.FirstOrDefault(m => m.ApiName == property.Name)
                ?? throw new SnapshotException($"{path}.{property.Name}: unknown API (known: {string.Join(", ", _modules.Select(m => m.ApiName))})");
            try
            {
                tenant.Replace(module, module.Restore(property.Value));
            }
            catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException or SnapshotException))
            {
                throw new SnapshotException(JsonPathMessage.Join($"{path}.{property.Name}", e.Message), e);
            }
        }
    }

    /// <summary>
    /// The tenants of one generation of the store, found by key (the request path), hash and id.
    /// Changed only under the store's write lock; read without it.
    /// </summary>
    private sealed class Table
    {
        public readonly ConcurrentDictionary<string, Tenant> ByKey = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, Tenant> ByHash = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, Tenant> ById = new(StringComparer.Ordinal);

        /// <summary>Tenants the cap may forget: all but the fixture tenants.</summary>
        public int Evictable;

        // The oldest tenants as of the last scan, with the time each was last used then.
        private readonly Queue<(Tenant Tenant, long LastUsed)> _candidates = new();

        public void Add(Tenant tenant)
        {
            ByHash[tenant.Hash] = tenant;
            // An id is 48 bits of the hash: should two ever collide, the first keeps it and the other is named by hash.
            ById.TryAdd(tenant.Id, tenant);
            if (tenant.Key is { } key)
            {
                ByKey[key] = tenant;
            }

            if (!tenant.IsFixture)
            {
                Evictable++;
            }
        }

        public void Remove(Tenant tenant)
        {
            if (!ByHash.TryRemove(tenant.Hash, out _))
            {
                return;
            }

            ById.TryRemove(new KeyValuePair<string, Tenant>(tenant.Id, tenant));
            if (tenant.Key is { } key)
            {
                ByKey.TryRemove(key, out _);
            }

            if (!tenant.IsFixture)
            {
                Evictable--;
            }
        }

        /// <summary>
        /// The non-fixture tenant used longest ago. A scan keeps the oldest few in order; a candidate used
        /// since the scan (its time moved) is skipped, and every tenant outside the list was newer at the scan
        /// and can only have grown newer, so the first unmoved candidate is the true least recently used.
        /// Each scan serves a batch of evictions, so a stream of new keys costs little per key.
        /// </summary>
        public Tenant? LeastRecentlyUsed(int cap)
        {
            for (var scans = 0; ; scans++)
            {
                while (_candidates.TryDequeue(out var candidate))
                {
                    // After a second scan in a row, traffic is touching every candidate: take the oldest as seen.
                    if ((candidate.Tenant.LastUsed == candidate.LastUsed || scans > 1)
                        && ByHash.TryGetValue(candidate.Tenant.Hash, out var held) && ReferenceEquals(held, candidate.Tenant))
                    {
                        return candidate.Tenant;
                    }
                }

                var batch = Math.Clamp(cap / 8, 16, 4096);
                var oldest = ByHash.Values.Where(t => !t.IsFixture)
                    .Select(t => (Tenant: t, LastUsed: t.LastUsed))
                    .OrderBy(c => c.LastUsed)
                    .Take(batch)
                    .ToArray();
                if (oldest.Length == 0)
                {
                    return null;
                }

                foreach (var candidate in oldest)
                {
                    _candidates.Enqueue(candidate);
                }
            }
        }
    }
}
