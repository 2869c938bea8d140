using Harness.Core.OpenApi;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Tests.Support;

/// <summary>
/// A module that hands every call to another and counts the ones that cost the size of a tenant (snapshots and
/// restores). With <c>splitsSettings: false</c> it hides the inner module's <see cref="IApiModule.PrepareSettings"/>,
/// as a module written before that existed would.
/// </summary>
internal sealed class CountingModule(IApiModule inner, bool splitsSettings = true) : IApiModule
{
    private int _snapshots;
    private int _restores;

    public int Snapshots => Volatile.Read(ref _snapshots);

    public int Restores => Volatile.Read(ref _restores);

    public string ApiName => inner.ApiName;

    public IApiErrors Errors => inner.Errors;

    public IReadOnlyDictionary<string, OperationHandler> Handlers => inner.Handlers;

    public IReadOnlyDictionary<string, AdminAction> AdminActions => inner.AdminActions;

    public object CreateState() => inner.CreateState();

    public JToken Snapshot(object state)
    {
        Interlocked.Increment(ref _snapshots);
        return inner.Snapshot(state);
    }

    public object Restore(JToken snapshot)
    {
        Interlocked.Increment(ref _restores);
        return inner.Restore(snapshot);
    }

    public void Seed(object state, JObject fixture, TimeProvider clock) => inner.Seed(state, fixture, clock);

    public Action? PrepareSeed(object state, JObject fixture, TimeProvider clock) => inner.PrepareSeed(state, fixture, clock);

    public void ApplySettings(object state, JObject settings) => inner.ApplySettings(state, settings);

    public Action? PrepareSettings(object state, JObject settings) => splitsSettings ? inner.PrepareSettings(state, settings) : null;

    public JToken PrepareBody(ApiOperation operation, JToken body) => inner.PrepareBody(operation, body);

    public (string Group, int PerSecond)? RateLimit(string operationId) => inner.RateLimit(operationId);

    public void ResetCounts()
    {
        Interlocked.Exchange(ref _snapshots, 0);
        Interlocked.Exchange(ref _restores, 0);
    }
}
