using Harness.Mock.Modules;

namespace Harness.Mock.State;

/// <summary>
/// One API key's world. Every read and write of its state happens under <see cref="Gate"/>, which
/// makes each request atomic: no lost update, no torn read, no duplicate. A tenant is known by the
/// SHA-256 of its key (<see cref="Hash"/>); a tenant restored from a snapshot learns its key only from
/// the first request that carries it.
/// </summary>
public sealed class Tenant
{
    /// <summary>Fixture names up to this length are shown whole: they name test tenants (<c>demo</c>), longer ones look like keys.</summary>
    public const int MaxShownFixtureName = 16;

    // By module instance: the pipeline hands in the module bound at start-up, no name is hashed per request.
    private readonly Dictionary<IApiModule, object> _states = new(ReferenceEqualityComparer.Instance);

    private string? _key;

    internal Tenant(string hash, string? key)
    {
        Hash = hash;
        Id = hash[..12];
        Key = key;
        LastUsed = System.Diagnostics.Stopwatch.GetTimestamp();
    }

    /// <summary>A tenant for <paramref name="key"/> that belongs to no store (what a read about an unknown key looks at).</summary>
    internal static Tenant Detached(string key) => new(KeyMask.HashOf(key), key);

    /// <summary>The API key, or null while a tenant restored from a snapshot has not been called with it yet.</summary>
    public string? Key
    {
        get => _key;
        internal set
        {
            _key = value;
            MaskedKey = KeyMask.Mask(value);
        }
    }

    /// <summary>The key as the journal shows it (<see cref="KeyMask.Mask"/>), worked out once rather than per request.</summary>
    public string MaskedKey { get; private set; } = KeyMask.Mask(null);

    /// <summary>SHA-256 of the key, 64 hex digits: the name whole-state snapshots use.</summary>
    public string Hash { get; }

    /// <summary>A stable, non-secret id for the key (used by the dashboard instead of the key).</summary>
    public string Id { get; }

    /// <summary>The fixture file name this tenant was seeded from at start, or null.</summary>
    public string? FixtureName { get; internal set; }

    /// <summary>Fixture tenants are never forgotten to make room for new keys.</summary>
    public bool IsFixture => FixtureName is not null;

    /// <summary>
    /// How the tenant is shown: a fixture's name when it is short enough not to be a real key
    /// (<c>demo</c>), otherwise the key masked (<c>sk…et</c>).
    /// </summary>
    public string DisplayName => FixtureName is { Length: <= MaxShownFixtureName } name
        ? name
        : Key is { } key ? KeyMask.Mask(key) : $"{KeyMask.HashPrefix}{Id}…";

    /// <summary>When a request last used the tenant (a <see cref="System.Diagnostics.Stopwatch"/> timestamp): the cap forgets the oldest.</summary>
    internal long LastUsed;

    public Lock Gate { get; } = new();

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

    /// <summary>The module's state when the tenant has one, without creating it. Call under <see cref="Gate"/>.</summary>
    internal object? ExistingStateOf(IApiModule module) => _states.GetValueOrDefault(module);

    internal void Replace(IApiModule module, object state) => _states[module] = state;

    internal void Clear() => _states.Clear();

    internal IEnumerable<string> ApiNames => _states.Keys.Select(m => m.ApiName);
}
