using Harness.Mock.Modules;
using Harness.Mock.State;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Admin;

/// <summary>
/// Reset, state, seed, tenant list and settings. A tenant is named by key, id or <c>sha256:</c> hash
/// (<see cref="TenantStore.Resolve"/>: an id always means its own tenant); answers never hold a whole key.
/// </summary>
internal sealed partial class AdminApi
{
    private const int LargeReset = 1000;
    private const long LargeHeapBytes = 256L * 1024 * 1024;

    private MockResponse Reset(AdminRequest r)
    {
        if (r.Tenant is { } name)
        {
            var tenant = runtime.Tenants.Resolve(name);
            var hash = tenant?.Hash ?? runtime.Tenants.HashFor(name);
            if (tenant is not null)
            {
                runtime.Tenants.Reset(tenant);
            }

            runtime.Faults.Clear(hash);
            return MockResponse.Ok(new JObject { ["reset"] = tenant?.DisplayName ?? KeyMask.Mask(name), ["tenantId"] = hash[..12] });
        }

        var forgotten = runtime.Tenants.ResetAll();
        runtime.Faults.Clear();
        if (forgotten >= LargeReset || GC.GetTotalMemory(forceFullCollection: false) >= LargeHeapBytes)
        {
            // The old state sits in the oldest generation, which a quiet mock may not collect for a long time:
            // a reset of a large state hands its memory back to the system at once. Small resets (a test's
            // set-up) skip this, so they stay cheap.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        return MockResponse.Ok(new JObject { ["reset"] = "all" });
    }

    private MockResponse GetState(AdminRequest r) =>
        r.Tenant is { } name ? GetState(name) : MockResponse.Ok(runtime.Tenants.SnapshotAll());

    private MockResponse GetState(string name)
    {
        // A key never used reads like a fresh tenant, so merely naming a key changes nothing visible.
        var tenant = runtime.Tenants.Resolve(name) ?? Tenant.Detached(name);
        return MockResponse.Ok(runtime.Tenants.Snapshot(tenant));
    }

    private MockResponse PutState(AdminRequest r)
    {
        var snapshot = r.JsonObject();
        if (r.Tenant is { } name)
        {
            var existing = runtime.Tenants.Resolve(name);
            var warnings = new List<string>();
            if (existing is not null)
            {
                runtime.Tenants.Restore(existing, snapshot);
            }
            else
            {
                // Built before the tenant exists, so a bad snapshot creates no tenant; then put in as it is.
                var loaded = runtime.Tenants.Load(runtime.Tenants.HashFor(name), snapshot);
                runtime.Tenants.Install(runtime.Tenants.ResolveOrCreate(name, warnings), loaded);
            }

            return WithWarnings(new JObject { ["restored"] = true }, warnings);
        }

        runtime.Tenants.RestoreAll(snapshot);
        return MockResponse.Ok(new JObject { ["restored"] = true });
    }

    private MockResponse Seed(AdminRequest r)
    {
        var name = RequireTenant(r);
        var warnings = new List<string>();
        var body = r.JsonObject();
        var existed = runtime.Tenants.Resolve(name) is not null;
        var tenant = runtime.Tenants.ResolveOrCreate(name, warnings);
        try
        {
            fixtures.Seed(tenant, body);
        }
        catch (SnapshotException) when (!existed)
        {
            // A seed that fails leaves no empty tenant behind either.
            runtime.Tenants.Reset(tenant);
            throw;
        }

        return WithWarnings(new JObject { ["seeded"] = tenant.DisplayName, ["tenantId"] = tenant.Id }, warnings);
    }

    private MockResponse ListTenants() =>
        MockResponse.Ok(new JObject
        {
            ["tenants"] = new JArray(runtime.Tenants.All.Select(t =>
            {
                lock (t.Gate)
                {
                    var json = new JObject
                    {
                        ["id"] = t.Id,
                        ["name"] = t.DisplayName,
                        ["key"] = t.Key is null ? null : KeyMask.Mask(t.Key),
                        ["apis"] = new JArray(t.ApiNames.Order(StringComparer.Ordinal)),
                    };
                    if (t.IsFixture)
                    {
                        json["fixture"] = true;
                    }

                    return json;
                }
            })),
            ["maxTenants"] = runtime.Tenants.MaxTenants,
        });

    /// <summary>
    /// Tenant settings. The answer names the tenant, not its state: the state can be a million profiles
    /// (read it with <c>GET /__harness/tenants/K</c>).
    /// </summary>
    private MockResponse PutTenant(string name, AdminRequest r)
    {
        var settings = r.JsonObject();
        var existing = runtime.Tenants.Resolve(name);
        if (existing is null)
        {
            // Checked against a fresh tenant first, so bad settings create no tenant.
            PrepareSettings(Tenant.Detached(name), settings);
        }

        var warnings = new List<string>();
        var tenant = existing ?? runtime.Tenants.ResolveOrCreate(name, warnings);
        lock (tenant.Gate)
        {
            PrepareSettings(tenant, settings)();
        }

        return WithWarnings(new JObject { ["updated"] = tenant.DisplayName, ["tenantId"] = tenant.Id }, warnings);
    }

    /// <summary>
    /// Checks tenant settings against every module's state and returns their change, which cannot fail: a bad
    /// value in any module's part is a 400 naming its JSON path and changes nothing. Nothing is copied unless a
    /// module cannot check without changing (then that module's state is, at the cost of its size). Call under
    /// the tenant's lock, and run the change before letting go of it.
    /// </summary>
    private Action PrepareSettings(Tenant tenant, JObject settings)
    {
        var rateLimits = settings["rateLimits"] switch
        {
            null => tenant.RateLimitsEnabled,
            { Type: JTokenType.Boolean } flag => (bool)flag,
            _ => throw new AdminException(400, "$.rateLimits: true or false"),
        };
        var changes = new List<Action>(runtime.Modules.Count);
        foreach (var module in runtime.Modules)
        {
            try
            {
                changes.Add(PrepareSettings(tenant, module, settings));
            }
            catch (Exception e) when (e is not (AdminException or OutOfMemoryException))
            {
                throw new AdminException(400, JsonPathMessage.Join("$", e.Message));
            }
        }

        return () =>
        {
            foreach (var change in changes)
            {
                change();
            }

            tenant.RateLimitsEnabled = rateLimits;
        };
    }

    private static Action PrepareSettings(Tenant tenant, IApiModule module, JObject settings)
    {
        if (tenant.ExistingStateOf(module) is not { } state)
        {
            // Every API of the tenant gets its state with the settings, as it always has; a fresh one is small.
            var fresh = module.CreateState();
            module.ApplySettings(fresh, settings);
            return () => tenant.Replace(module, fresh);
        }

        if (module.PrepareSettings(state, settings) is { } change)
        {
            return change;
        }

        var copy = module.Restore(module.Snapshot(state));
        module.ApplySettings(copy, settings);
        return () => tenant.Replace(module, copy);
    }

    private MockResponse ModuleAction(string api, string action, AdminRequest r)
    {
        var module = runtime.ModuleFor(api)!;
        // The dashboard names tenants by id: an id always means its own tenant, before any key of that text.
        var name = RequireTenant(r);
        var body = r.Http.Body is { Length: > 0 } ? r.Json() : null;
        var warnings = new List<string>();
        // Reading (GET) about a tenant that does not exist looks at a fresh one without creating it.
        var tenant = runtime.Tenants.Resolve(name)
            ?? (r.Method == "GET" ? Tenant.Detached(name) : runtime.Tenants.ResolveOrCreate(name, warnings));
        lock (tenant.Gate)
        {
            try
            {
                var answer = module.AdminActions[action](body, tenant.StateOf(module), runtime.Clock);
                return warnings.Count == 0 || answer.Body is not JObject json ? answer : answer with { Body = WithWarnings(json, warnings).Body };
            }
            catch (Exception e) when (e is not (AdminException or OutOfMemoryException))
            {
                throw new AdminException(400, $"{api}/{action}: {JsonPathMessage.Join("$", e.Message)}");
            }
        }
    }

    /// <summary>The answer, with the tenants the cap forgot to make room (if any) named under <c>warnings</c>.</summary>
    private static MockResponse WithWarnings(JObject answer, List<string> warnings)
    {
        if (warnings.Count > 0)
        {
            answer["warnings"] = new JArray(warnings);
        }

        return MockResponse.Ok(answer);
    }
}
