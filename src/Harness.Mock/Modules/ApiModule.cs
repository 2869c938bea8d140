using Harness.Core.OpenApi;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Modules;

/// <summary>Base for a vendor module with a typed state: register handlers with <see cref="On"/>.</summary>
public abstract class ApiModule<TState> : IApiModule where TState : class, new()
{
    private readonly Dictionary<string, OperationHandler> _handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AdminAction> _adminActions = new(StringComparer.Ordinal);
    private static readonly Action NoChange = () => { };

    // Whether a subclass overrides ApplySettings (read once): a module without settings has nothing to check or copy.
    private bool? _hasSettings;

    /// <summary>Serializer for snapshots: every public property round-trips, nulls included.</summary>
    protected static JsonSerializer SnapshotSerializer { get; } = JsonSerializer.Create(new JsonSerializerSettings
    {
        DateParseHandling = DateParseHandling.None,
        NullValueHandling = NullValueHandling.Include,
        ObjectCreationHandling = ObjectCreationHandling.Replace,
        // camelCase properties, but dictionary keys (emails, ids) exactly as they are.
        ContractResolver = new Newtonsoft.Json.Serialization.DefaultContractResolver
        {
            NamingStrategy = new Newtonsoft.Json.Serialization.CamelCaseNamingStrategy { ProcessDictionaryKeys = false },
        },
    });

    public abstract string ApiName { get; }

    /// <summary>The API's error shapes; by default RFC 9457 problem details, as the generic module answers.</summary>
    public virtual IApiErrors Errors { get; } = new ProblemErrors(null);

    public IReadOnlyDictionary<string, AdminAction> AdminActions => _adminActions;

    protected void On(string operationId, Func<HandlerContext<TState>, MockResponse> handler) =>
        _handlers[operationId] = (request, state, clock, warnings) => handler(new HandlerContext<TState>(request, (TState)state, clock, warnings));

    public IReadOnlyDictionary<string, OperationHandler> Handlers => _handlers;

    protected void OnAdmin(string name, Func<JToken?, TState, TimeProvider, MockResponse> action) =>
        _adminActions[name] = (body, state, clock) => action(body, (TState)state, clock);

    public object CreateState() => new TState();

    public virtual JToken Snapshot(object state) => JToken.FromObject(state, SnapshotSerializer);

    public virtual object Restore(JToken snapshot) => snapshot.ToObject<TState>(SnapshotSerializer) ?? new TState();

    public void Seed(object state, JObject fixture, TimeProvider clock) => Seed((TState)state, fixture, clock);

    public void ApplySettings(object state, JObject settings) => ApplySettings((TState)state, settings);

    public Action? PrepareSeed(object state, JObject fixture, TimeProvider clock) => PrepareSeed((TState)state, fixture, clock);

    /// <summary>See <see cref="IApiModule.PrepareSeed"/>; by default the module cannot, and the loader seeds a copy.</summary>
    protected virtual Action? PrepareSeed(TState state, JObject fixture, TimeProvider clock) => null;

    /// <summary>Loads a fixture part; by default the part is the state's own snapshot form.</summary>
    protected virtual void Seed(TState state, JObject fixture, TimeProvider clock) =>
        SnapshotSerializer.Populate(fixture.CreateReader(), state);

    public Action? PrepareSettings(object state, JObject settings) => PrepareSettings((TState)state, settings);

    /// <summary>
    /// See <see cref="IApiModule.PrepareSettings"/>. By default: nothing to do when the module keeps the default
    /// <see cref="ApplySettings(TState, JObject)"/> (it has no settings), else null, and the admin applies them to a copy.
    /// </summary>
    protected virtual Action? PrepareSettings(TState state, JObject settings) => HasSettings ? null : NoChange;

    private bool HasSettings => _hasSettings ??= GetType().GetMethod(nameof(ApplySettings),
        System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic, [typeof(TState), typeof(JObject)])!
        .DeclaringType != typeof(ApiModule<TState>);

    /// <summary>Applies tenant settings this module knows; by default there are none.</summary>
    protected virtual void ApplySettings(TState state, JObject settings)
    {
    }

    public virtual JToken PrepareBody(ApiOperation operation, JToken body) => body;


    public virtual (string Group, int PerSecond)? RateLimit(string operationId) => null;
}
