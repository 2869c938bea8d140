using System.Collections.Concurrent;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.State;

/// <summary>All tenants of a mock, created on first use of their key; snapshot and restore as JSON.</summary>
public sealed class TenantStore
{
    private readonly ConcurrentDictionary<string, Tenant> _tenants = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<IApiModule> _modules;

    internal TenantStore(IReadOnlyList<IApiModule> modules) => _modules = modules;

    /// <summary>The module of every API, which snapshots, restores and fixtures go through.</summary>
    public IReadOnlyList<IApiModule> Modules => _modules;

    public IApiModule? ModuleFor(string apiName) =>
        _modules.FirstOrDefault(m => string.Equals(m.ApiName, apiName, StringComparison.OrdinalIgnoreCase));

    public Tenant GetOrCreate(string key) => _tenants.GetOrAdd(key, k => new Tenant(k));

    public Tenant? Find(string key) => _tenants.GetValueOrDefault(key);

    /// <summary>The tenant whose key or whose <see cref="Tenant.Id"/> is <paramref name="keyOrId"/>.</summary>
    public Tenant? FindByKeyOrId(string keyOrId) =>
        Find(keyOrId) ?? _tenants.Values.FirstOrDefault(t => t.Id == keyOrId);

    public IReadOnlyCollection<Tenant> All => _tenants.Values.OrderBy(t => t.Key, StringComparer.Ordinal).ToArray();

    public void ResetAll() => _tenants.Clear();

    public void Reset(string key) => _tenants.TryRemove(key, out _);

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

    /// <summary>Every tenant: <c>{"tenants":{"&lt;key&gt;":{…}}}</c>.</summary>
    public JObject SnapshotAll()
    {
        var tenants = new JObject();
        foreach (var tenant in All)
        {
            tenants[tenant.Key] = Snapshot(tenant);
        }

        return new JObject { ["tenants"] = tenants };
    }

    /// <summary>Replaces one tenant's state with a snapshot taken by <see cref="Snapshot(Tenant)"/>.</summary>
    public void Restore(string key, JObject snapshot)
    {
        var fresh = new Tenant(key);
        Load(fresh, snapshot);
        var tenant = GetOrCreate(key);
        lock (tenant.Gate)
        {
            tenant.Clear();
            tenant.RateLimitsEnabled = fresh.RateLimitsEnabled;
            foreach (var module in _modules.Where(m => fresh.ApiNames.Contains(m.ApiName)))
            {
                tenant.Replace(module, fresh.StateOf(module));
            }
        }
    }

    /// <summary>Replaces the whole state with a snapshot taken by <see cref="SnapshotAll"/>.</summary>
    public void RestoreAll(JObject snapshot)
    {
        if (snapshot["tenants"] is not JObject tenants)
        {
            throw new SnapshotException("a snapshot of the whole state has a \"tenants\" object");
        }

        // Parse everything first: a bad snapshot must not leave half a state behind.
        var parsed = tenants.Properties().Select(p =>
        {
            if (p.Value is not JObject body)
            {
                throw new SnapshotException($"tenant \"{KeyMask.Mask(p.Name)}\" is not an object");
            }

            var fresh = new Tenant(p.Name);
            Load(fresh, body);
            return fresh;
        }).ToArray();

        _tenants.Clear();
        foreach (var tenant in parsed)
        {
            _tenants[tenant.Key] = tenant;
        }
    }

    private void Load(Tenant tenant, JObject snapshot)
    {
        tenant.RateLimitsEnabled = snapshot["settings"]?["rateLimits"]?.Value<bool>() ?? false;
        foreach (var property in snapshot.Properties().Where(p => p.Name != "settings"))
        {
            var module = _modules.FirstOrDefault(m => m.ApiName == property.Name)
                ?? throw new SnapshotException($"unknown API \"{property.Name}\" in snapshot (known: {string.Join(", ", _modules.Select(m => m.ApiName))})");
            try
            {
                tenant.Replace(module, module.Restore(property.Value));
            }
            catch (Exception e) when (e is Newtonsoft.Json.JsonException or FormatException or ArgumentException or InvalidOperationException)
            {
                throw new SnapshotException($"{property.Name}: {e.Message}", e);
            }
        }
    }
}
