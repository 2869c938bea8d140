using Harness.Core.OpenApi;
using Harness.Mock.Faults;
using Harness.Mock.Journal;
using Harness.Mock.State;
using Harness.Mock.Modules;

namespace Harness.Mock.Server;

/// <summary>The shared parts of one running mock: catalog, modules, tenants, journal, clock and faults.</summary>
public sealed class MockRuntime : IDisposable
{
    internal MockRuntime(ApiCatalog catalog, ModuleBindings bindings, HarnessMockOptions options)
    {
        Catalog = catalog;
        Bindings = bindings;
        Modules = bindings.Modules;
        Options = options;
        Tenants = new TenantStore(Modules, options.MaxTenants);
        Journal = new RequestJournal(options.JournalCapacity);
        Clock = new MockClock(options.TimeProvider);
        Random = options.RandomSeed is { } seed ? new Random(seed) : Random.Shared;
    }

    public ApiCatalog Catalog { get; }
    public IReadOnlyList<IApiModule> Modules { get; }

    /// <summary>Every operation bound to its module and handler, once, at start-up.</summary>
    internal ModuleBindings Bindings { get; }
    public HarnessMockOptions Options { get; }
    public TenantStore Tenants { get; }
    public RequestJournal Journal { get; }
    public MockClock Clock { get; }
    public FaultSettings Faults { get; } = new();
    internal Random Random { get; }

    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Cancelled when the mock stops, so no request (a fault's latency, a slow body) holds the shutdown up.</summary>
    public CancellationToken Stopping => _stopping.Token;

    internal void Stop() => _stopping.Cancel();

    public void Dispose() => _stopping.Dispose();

    public IApiModule? ModuleFor(string apiName) => Modules.FirstOrDefault(m => string.Equals(m.ApiName, apiName, StringComparison.OrdinalIgnoreCase));

    public bool Accepts(string key) => Options.AcceptedKeys is null || Options.AcceptedKeys.Contains(key);
}
