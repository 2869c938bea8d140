using System.Xml;
using Harness.Mock.Faults;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Admin;

internal sealed partial class AdminApi
{
    private MockResponse Requests(AdminRequest r)
    {
        var after = long.TryParse(r.Query("after"), out var id) ? id : 0;
        var entries = runtime.Journal.Since(after).AsEnumerable();
        if (r.Query("status") is { Length: > 0 } status)
        {
            entries = entries.Where(e => MatchesStatus(e.Status, status));
        }

        if (r.Query("operation") is { Length: > 0 } operation)
        {
            entries = entries.Where(e => e.Operation == operation);
        }

        if (r.Tenant is { Length: > 0 } tenant)
        {
            var tenantId = runtime.Tenants.FindByKeyOrId(tenant)?.Id ?? State.KeyMask.IdOf(tenant);
            entries = entries.Where(e => e.TenantId == tenantId);
        }

        return MockResponse.Ok(new JObject
        {
            // Poll again with ?after=<last> to get only what came since.
            ["last"] = runtime.Journal.NextId - 1,
            ["capacity"] = runtime.Journal.Capacity,
            ["requests"] = AdminJson.Array(entries),
        });
    }

    /// <summary><c>200</c> exact, <c>4xx</c> a class, <c>error</c> every status from 400 up.</summary>
    private static bool MatchesStatus(int actual, string filter) => filter switch
    {
        "error" => actual >= 400,
        "ok" => actual < 400,
        { Length: 3 } when filter.EndsWith("xx", StringComparison.OrdinalIgnoreCase) => actual / 100 == filter[0] - '0',
        _ => int.TryParse(filter, out var exact) && exact == actual,
    };

    private MockResponse ClearRequests()
    {
        runtime.Journal.Clear();
        return MockResponse.Ok(new JObject { ["cleared"] = true });
    }

    private MockResponse ClockState() =>
        MockResponse.Ok(new JObject { ["now"] = runtime.Clock.GetUtcNow().ToString("O"), ["frozen"] = runtime.Clock.IsFrozen });

    private MockResponse SetClock(AdminRequest r)
    {
        var body = r.JsonObject();
        if (body["freeze"] is { } freeze)
        {
            runtime.Clock.Freeze(DateTimeOffset.TryParse(freeze.ToString(), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
                ? at
                : throw new AdminException(400, $"freeze: '{freeze}' is not an ISO 8601 instant"));
        }
        else if (body["advance"] is { } advance)
        {
            try
            {
                runtime.Clock.Advance(XmlConvert.ToTimeSpan(advance.ToString()));
            }
            catch (FormatException)
            {
                throw new AdminException(400, $"advance: '{advance}' is not an ISO 8601 duration such as PT1H");
            }
        }
        else if (body["real"]?.Value<bool>() == true)
        {
            runtime.Clock.Real();
        }
        else
        {
            throw new AdminException(400, "send {\"freeze\":\"2026-01-01T00:00:00Z\"}, {\"advance\":\"PT1H\"} or {\"real\":true}");
        }

        return ClockState();
    }

    private MockResponse FaultState() =>
        MockResponse.Ok(new JObject
        {
            ["rules"] = AdminJson.Array(runtime.Faults.Rules.Select(r => r with { Tenant = r.Tenant is null ? null : State.KeyMask.Mask(r.Tenant) })),
        });

    private MockResponse SetFaults(AdminRequest r)
    {
        var rules = FaultSettings.Parse(r.Json());
        var unknown = rules.Select(x => x.Operation).Where(o => o != "*" && runtime.Catalog.Find(o) is null).ToArray();
        if (unknown.Length > 0)
        {
            throw new AdminException(400, $"unknown operation(s): {string.Join(", ", unknown)}");
        }

        // ?tenant=K scopes the rules to that key; without it they apply to every request.
        runtime.Faults.Set(rules, string.IsNullOrWhiteSpace(r.Tenant) ? null : r.Tenant);
        return FaultState();
    }

    private MockResponse ClearFaults(AdminRequest r)
    {
        if (string.IsNullOrWhiteSpace(r.Tenant))
        {
            runtime.Faults.Clear();
        }
        else
        {
            runtime.Faults.Clear(r.Tenant);
        }

        return FaultState();
    }
}
