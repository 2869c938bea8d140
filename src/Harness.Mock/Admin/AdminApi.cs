using System.Net;
using Harness.Mock.Modules;
using Harness.Mock.Server;
using Harness.Mock.State;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Admin;

/// <summary>
/// The mock's own surface under <c>/__harness/</c>: health, reset, state, seed, tenant settings, journal,
/// clock, faults, dashboard, plus the admin calls modules add. Loopback callers only, unless allowed.
/// </summary>
internal sealed partial class AdminApi(MockRuntime runtime, FixtureLoader fixtures)
{
    public MockResponse Handle(IncomingRequest http)
    {
        if (!runtime.Options.AllowRemoteAdmin && !IsLoopback(http.ClientIp))
        {
            return Error(403, "the admin surface answers loopback callers only (start the mock with --allow-remote-admin to change that)");
        }

        if (AdminRequestGuard.Refusal(http, runtime.Options) is { } refused)
        {
            return refused;
        }

        var segments = http.Path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(Uri.UnescapeDataString).ToArray();
        var request = new AdminRequest(http.Method, segments, http);
        try
        {
            return Route(request);
        }
        catch (AdminException e)
        {
            return Error(e.Status, e.Message);
        }
        catch (State.SnapshotException e)
        {
            return Error(400, e.Message);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidCastException or OverflowException or Newtonsoft.Json.JsonException)
        {
            // Bad values that slipped past a check: still the caller's input, still a 400, never a stack trace.
            return Error(400, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Error(500, $"internal error: {e.GetType().Name}: {e.Message}");
        }
    }

    private MockResponse Route(AdminRequest r) => (r.Method, r.Segments) switch
    {
        ("GET", ["health"]) => MockResponse.Ok(new JObject { ["status"] = "ok", ["apis"] = new JArray(runtime.Catalog.Apis.Select(a => a.Name)) }),
        ("POST", ["reset"]) => Reset(r),
        ("GET", ["state"]) => GetState(r),
        ("PUT", ["state"]) => PutState(r),
        ("POST", ["seed"]) => Seed(r),
        ("GET", ["tenants"]) => ListTenants(),
        ("PUT", ["tenants", var key]) => PutTenant(key, r),
        ("GET", ["tenants", var key]) => GetState(key),
        ("GET", ["requests"]) => Requests(r),
        ("DELETE", ["requests"]) => ClearRequests(),
        ("GET", ["clock"]) => ClockState(),
        ("POST", ["clock"]) => SetClock(r),
        ("GET", ["faults"]) => FaultState(r),
        ("POST", ["faults"]) => SetFaults(r),
        ("DELETE", ["faults"]) => ClearFaults(r),
        ("GET", ["ui", ..]) => Dashboard.DashboardPage.Serve(r.Segments.Skip(1).ToArray()),
        (_, [var api, var action]) when runtime.ModuleFor(api)?.AdminActions.ContainsKey(action) == true => ModuleAction(api, action, r),
        _ => Error(404, $"no admin call {r.Method} /__harness/{string.Join('/', r.Segments)}"),
    };

    private static bool IsLoopback(string clientIp) =>
        string.IsNullOrEmpty(clientIp)
        || (IPAddress.TryParse(clientIp, out var address) && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address));

    internal static MockResponse Error(int status, string message) => new(status, new JObject { ["error"] = message });

    private static string RequireTenant(AdminRequest r) =>
        string.IsNullOrWhiteSpace(r.Tenant) ? throw new AdminException(400, "name the tenant: ?tenant=<api key>") : r.Tenant;
}
