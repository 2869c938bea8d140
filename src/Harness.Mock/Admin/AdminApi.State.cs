using Harness.Mock.Modules;
using Harness.Mock.State;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Admin;

internal sealed partial class AdminApi
{
    private MockResponse Reset(AdminRequest r)
    {
        if (r.Tenant is { } key)
        {
            var tenantKey = runtime.Tenants.FindByKeyOrId(key)?.Key ?? key;
            runtime.Tenants.Reset(tenantKey);
            runtime.Faults.Clear(tenantKey);
        }
        else
        {
            runtime.Tenants.ResetAll();
            runtime.Faults.Clear();
        }

        return MockResponse.Ok(new JObject { ["reset"] = r.Tenant is null ? "all" : KeyMask.Mask(r.Tenant) });
    }

    private MockResponse GetState(AdminRequest r) =>
        r.Tenant is { } key ? GetState(key) : MockResponse.Ok(runtime.Tenants.SnapshotAll());

    private MockResponse GetState(string keyOrId)
    {
        // A key never used reads like a fresh tenant, so merely naming a key changes nothing visible.
        var tenant = runtime.Tenants.FindByKeyOrId(keyOrId) ?? new Tenant(keyOrId);
        return MockResponse.Ok(runtime.Tenants.Snapshot(tenant));
    }

    private MockResponse PutState(AdminRequest r)
    {
        var snapshot = r.JsonObject();
        if (r.Tenant is { } key)
        {
            runtime.Tenants.Restore(runtime.Tenants.FindByKeyOrId(key)?.Key ?? key, snapshot);
        }
        else
        {
            runtime.Tenants.RestoreAll(snapshot);
        }

        return MockResponse.Ok(new JObject { ["restored"] = true });
    }

    private MockResponse Seed(AdminRequest r)
    {
        var key = RequireTenant(r);
        fixtures.Seed(runtime.Tenants.GetOrCreate(key), r.JsonObject());
        return MockResponse.Ok(new JObject { ["seeded"] = KeyMask.Mask(key) });
    }

    private MockResponse ListTenants() =>
        MockResponse.Ok(new JObject
        {
            ["tenants"] = new JArray(runtime.Tenants.All.Select(t =>
            {
                lock (t.Gate)
                {
                    return new JObject
                    {
                        ["id"] = t.Id,
                        ["key"] = KeyMask.Mask(t.Key),
                        ["apis"] = new JArray(t.ApiNames.Order(StringComparer.Ordinal)),
                    };
                }
            })),
        });

    private MockResponse PutTenant(string key, AdminRequest r)
    {
        var settings = r.JsonObject();
        var tenant = runtime.Tenants.GetOrCreate(key);
        lock (tenant.Gate)
        {
            // Validate against every module before changing anything, so a bad setting changes nothing.
            var snapshot = runtime.Tenants.Snapshot(tenant);
            try
            {
                if (settings["rateLimits"] is { } limits)
                {
                    tenant.RateLimitsEnabled = limits.Type == JTokenType.Boolean
                        ? limits.Value<bool>()
                        : throw new AdminException(400, "rateLimits is true or false");
                }

                foreach (var module in runtime.Modules)
                {
                    module.ApplySettings(tenant.StateOf(module), settings);
                }
            }
            catch (Exception e) when (e is FormatException or ArgumentException or Newtonsoft.Json.JsonException)
            {
                runtime.Tenants.Restore(key, snapshot);
                throw new AdminException(400, $"tenant settings: {e.Message}");
            }
        }

        return MockResponse.Ok(runtime.Tenants.Snapshot(tenant));
    }

    private MockResponse ModuleAction(string api, string action, AdminRequest r)
    {
        var module = runtime.ModuleFor(api)!;
        // The dashboard names tenants by id: find one by key or id before creating a tenant under that name.
        var name = RequireTenant(r);
        // Reading (GET) about a tenant that does not exist looks at a fresh one without creating it.
        var tenant = runtime.Tenants.FindByKeyOrId(name)
            ?? (r.Method == "GET" ? new Tenant(name) : runtime.Tenants.GetOrCreate(name));
        var body = r.Http.Body is { Length: > 0 } ? r.Json() : null;
        lock (tenant.Gate)
        {
            try
            {
                return module.AdminActions[action](body, tenant.StateOf(module), runtime.Clock);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or Newtonsoft.Json.JsonException)
            {
                throw new AdminException(400, $"{api}/{action}: {e.Message}");
            }
        }
    }
}
