using Harness.Mock.Modules;

namespace Harness.Mock.State;

/// <summary>
/// One API key's world. Every read and write of its state happens under <see cref="Gate"/>, which
/// makes each request atomic: no lost update, no torn read, no duplicate.
/// </summary>
public sealed class Tenant
{
    // By module instance: the pipeline hands in the module bound at start-up, no name is hashed per request.
    private readonly Dictionary<IApiModule, object> _states = new(ReferenceEqualityComparer.Instance);

    internal Tenant(string key) => Key = key;

    public string Key { get; }

    /// <summary>A stable, non-secret id for the key (used by the dashboard instead of the key).</summary>
    public string Id => KeyMask.IdOf(Key);

    public object Gate { get; } = new();

    /// <summary>Whether the vendors' rate limits apply to this tenant (off unless switched on).</summary>
    public bool RateLimitsEnabled { get; set; }

    internal RateLimiter Limiter { get; } = new();

    /// <summary>The module's state for this tenant, created on first use. Call under <see cref="Gate"/>.</summary>
    public object StateOf(IApiModule module)
    {
        if (!_states.TryGetValue(module, out var state))
        {
            state = module.CreateState();
            _states[module] = state;
        }

        return state;
    }

    /// <summary>The module's state when the tenant has one yet; unlike <see cref="StateOf"/> creates nothing.</summary>
    internal object? ExistingStateOf(IApiModule module) => _states.GetValueOrDefault(module);

    internal void Replace(IApiModule module, object state) => _states[module] = state;

    internal void Clear() => _states.Clear();

    internal IEnumerable<string> ApiNames => _states.Keys.Select(m => m.ApiName);
}
