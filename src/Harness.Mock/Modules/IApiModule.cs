using Harness.Core.OpenApi;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Modules;

/// <summary>
/// One vendor's behaviour: its tenant state, its handlers by operationId and its error shapes. The
/// pipeline does the rest (routing from the OpenAPI catalog, keys, validation, journal, faults).
/// </summary>
public interface IApiModule
{
    /// <summary>The OpenAPI file this module serves (<c>openapi/&lt;ApiName&gt;.yaml</c>).</summary>
    string ApiName { get; }

    IApiErrors Errors { get; }

    object CreateState();

    JToken Snapshot(object state);

    object Restore(JToken snapshot);

    /// <summary>Loads this API's part of a fixture document into a tenant's state.</summary>
    void Seed(object state, JObject fixture, TimeProvider clock);

    /// <summary>
    /// Checks this API's part of a fixture against a tenant's state without changing it, and returns the change,
    /// which then cannot fail (the tenant's lock is held between the two). Null when the module cannot split
    /// its seeding so: the loader then seeds a copy of the state, which costs the size of the tenant.
    /// </summary>
    Action? PrepareSeed(object state, JObject fixture, TimeProvider clock) => null;

    /// <summary>Applies the keys of <c>PUT /__harness/tenants/K</c> this module knows; others are ignored.</summary>
    void ApplySettings(object state, JObject settings);

    /// <summary>
    /// Checks the keys of <c>PUT /__harness/tenants/K</c> this module knows against a tenant's state without
    /// changing it, and returns the change, which then cannot fail (the tenant's lock is held between the two).
    /// Null when the module cannot split its settings so: the admin then applies them to a copy of the state,
    /// which costs the size of the tenant on every settings call.
    /// </summary>
    Action? PrepareSettings(object state, JObject settings) => null;

    /// <summary>Normalises a parsed body before schema validation (for example, nulls that count as absent).</summary>
    JToken PrepareBody(ApiOperation operation, JToken body);

    /// <summary>
    /// The module's handlers by operationId, read once at start-up when every operation is bound. An
    /// operationId its OpenAPI file does not define fails start-up; an operation without a handler is
    /// answered from its documentation (example or generated value).
    /// </summary>
    IReadOnlyDictionary<string, OperationHandler> Handlers { get; }

    /// <summary>The rate-limit group and its calls per second for an operation, or null when it has none.</summary>
    (string Group, int PerSecond)? RateLimit(string operationId);

    /// <summary>Admin calls this module adds under <c>/__harness/&lt;ApiName&gt;/</c> (such as playing the mobile SDK).</summary>
    IReadOnlyDictionary<string, AdminAction> AdminActions { get; }
}

/// <summary>One operation's handler: the validated request and the tenant's state, under the tenant's lock.</summary>
public delegate MockResponse OperationHandler(MockRequest request, object state, TimeProvider clock, List<string> warnings);

/// <summary>An admin call of a module: takes the JSON body and the tenant's state (under its lock).</summary>
public delegate MockResponse AdminAction(JToken? body, object state, TimeProvider clock);
