using Harness.Core.OpenApi;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Generic;

/// <summary>
/// The module of an OpenAPI file nobody wrote a module for. The pipeline has already checked the
/// credential and validated the request; this module keeps resources by the REST convention
/// (<see cref="ResourceRoute"/>) and answers every operation with a documented status and a body valid
/// against its schema, in the media type the client accepts. Errors are RFC 9457 problem details.
/// </summary>
internal sealed class GenericModule : IApiModule
{
    private static readonly Action NoChange = () => { };

    private readonly IReadOnlyDictionary<ApiOperation, ResourceRoute> _routes;
    private readonly Dictionary<string, AdminAction> _adminActions;
    private readonly Dictionary<string, OperationHandler> _handlers;

    public GenericModule(ApiDescription api)
    {
        Api = api;
        Errors = new ProblemErrors(api.Security);
        _routes = ResourceRoute.Of(api);
        // One handler for every operation: the CRUD convention decides per request what it does.
        OperationHandler handle = (request, state, _, warnings) => new GenericHandler(this, request, (GenericState)state, warnings).Handle();
        _handlers = api.Operations.ToDictionary(o => o.OperationId, _ => handle, StringComparer.Ordinal);
        _adminActions = new Dictionary<string, AdminAction>(StringComparer.Ordinal)
        {
            ["view"] = (_, state, _) => MockResponse.Ok(new JObject { ["collections"] = ((GenericState)state).ToJson() }),
        };
    }

    public ApiDescription Api { get; }

    public string ApiName => Api.Name;

    public IApiErrors Errors { get; }

    public IReadOnlyDictionary<string, AdminAction> AdminActions => _adminActions;

    public ResourceRoute RouteOf(ApiOperation operation) => _routes.GetValueOrDefault(operation) ?? ResourceRoute.None;

    public object CreateState() => new GenericState();

    public JToken Snapshot(object state) => ((GenericState)state).ToJson();

    public object Restore(JToken snapshot)
    {
        var state = new GenericState();
        Seed(state, snapshot as JObject ?? throw new FormatException("the state of a generic API is an object of collections"), TimeProvider.System);
        return state;
    }

    /// <summary>A fixture part is <c>{"/pets": [{…}, …]}</c>: the items of each collection, keyed by the collection's key field.</summary>
    public void Seed(object state, JObject fixture, TimeProvider clock)
    {
        var target = (GenericState)state;
        foreach (var (path, value) in fixture)
        {
            var route = _routes.Values.FirstOrDefault(r => r.Role != ResourceRole.None && r.Collection.TryMatch(path, out _))
                ?? throw new FormatException($"'{path}' is not a collection of {ApiName} (known: {string.Join(", ", Collections())})");
            if (value is not JArray items || items.Any(i => i is not JObject))
            {
                throw new FormatException($"'{path}' must be an array of objects");
            }

            var collection = target.Collection(path);
            foreach (var item in items.Cast<JObject>())
            {
                var key = ResourceKeys.Read(item, route.KeyField) ?? ResourceKeys.Assign(item, route, collection);
                collection.Put(key, (JObject)item.DeepClone());
            }
        }
    }

    public void ApplySettings(object state, JObject settings)
    {
        // A generic API has no settings of its own; the tenant's common ones (rateLimits) are the pipeline's.
    }

    /// <summary>Nothing to check and nothing to change, so a settings call never copies a generic API's collections.</summary>
    public Action? PrepareSettings(object state, JObject settings) => NoChange;

    public JToken PrepareBody(ApiOperation operation, JToken body) => body;

    public IReadOnlyDictionary<string, OperationHandler> Handlers => _handlers;

    public (string Group, int PerSecond)? RateLimit(string operationId) => null;

    private IEnumerable<string> Collections() =>
        _routes.Values.Where(r => r.Role != ResourceRole.None).Select(r => r.Collection.Template).Distinct().Order(StringComparer.Ordinal);
}
