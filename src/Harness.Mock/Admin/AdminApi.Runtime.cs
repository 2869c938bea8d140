using System.Globalization;
using System.Xml;
using Harness.Mock.Faults;
using Harness.Mock.Modules;
using Harness.Mock.State;
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
            var tenantId = runtime.Tenants.HashFor(tenant)[..12];
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
        var given = body.Properties().Select(p => p.Name).ToArray();
        if (given.Length != 1 || given[0] is not ("freeze" or "advance" or "real"))
        {
            throw new AdminException(400, "send one of {\"freeze\":\"2026-01-01T00:00:00Z\"}, {\"advance\":\"PT1H\"} or {\"real\":true}"
                + (given.Length == 0 ? "" : $" (got {string.Join(", ", given.Select(g => "$." + g))})"));
        }

        var range = $"the clock stays between {MockClock.Earliest:yyyy-MM-dd} and {MockClock.Latest:yyyy-MM-dd}, and is unchanged";
        switch (given[0])
        {
            case "freeze":
                var at = body["freeze"] is { Type: JTokenType.String } text && DateTimeOffset.TryParse((string)text!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed
                    : throw new AdminException(400, $"$.freeze: {body["freeze"]!.ToString(Newtonsoft.Json.Formatting.None)} is not an ISO 8601 instant such as \"2026-01-01T00:00:00Z\"");
                if (!runtime.Clock.TryFreeze(at))
                {
                    throw new AdminException(400, $"$.freeze: {at:O} is out of range: {range}");
                }

                break;
            case "advance":
                var by = body["advance"] is { Type: JTokenType.String } duration && Duration((string)duration!) is { } span
                    ? span
                    : throw new AdminException(400, $"$.advance: {body["advance"]!.ToString(Newtonsoft.Json.Formatting.None)} is not an ISO 8601 duration such as \"PT1H\" or \"-P1D\"");
                if (!runtime.Clock.TryAdvance(by))
                {
                    throw new AdminException(400, $"$.advance: {body["advance"]} moves the clock out of range: {range}");
                }

                break;
            default:
                if (body["real"] is not { Type: JTokenType.Boolean } real || !(bool)real)
                {
                    throw new AdminException(400, "$.real: true is the only value");
                }

                runtime.Clock.Real();
                break;
        }

        return ClockState();
    }

    /// <summary>An ISO 8601 duration, or null when it is not one or is longer than a span can hold.</summary>
    private static TimeSpan? Duration(string text)
    {
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// The rules in force, each with its scope and what it has left: a rule limited by <c>times</c> that has
    /// forced all its errors is <c>"spent": true</c>. With <c>?tenant=</c>, the rules that tenant's requests meet
    /// (its own and the global ones).
    /// </summary>
    private MockResponse FaultState(AdminRequest r)
    {
        var scope = string.IsNullOrWhiteSpace(r.Tenant) ? null : runtime.Tenants.HashFor(r.Tenant);
        var rules = new JArray();
        foreach (var (rule, left) in runtime.Faults.Entries)
        {
            if (scope is not null && rule.Tenant is not null && rule.Tenant != scope)
            {
                continue;
            }

            var json = new JObject
            {
                ["operation"] = rule.Operation,
                ["latencyMs"] = rule.LatencyMs,
                ["status"] = rule.Status,
                ["errorRate"] = rule.ErrorRate,
                ["times"] = rule.Times,
                ["left"] = left,
                ["spent"] = left is <= 0,
                ["scope"] = rule.Tenant is null ? "all" : "tenant",
            };
            if (rule.Tenant is { } hash)
            {
                json["tenantId"] = hash[..12];
                json["tenant"] = runtime.Tenants.Resolve(KeyMask.HashPrefix + hash)?.DisplayName ?? $"{KeyMask.HashPrefix}{hash[..12]}…";
            }

            rules.Add(json);
        }

        return MockResponse.Ok(new JObject { ["rules"] = rules });
    }

    private MockResponse SetFaults(AdminRequest r)
    {
        IReadOnlyList<FaultRule> rules;
        try
        {
            rules = FaultSettings.Parse(r.Json());
        }
        catch (FormatException e)
        {
            throw new AdminException(400, e.Message);
        }

        var unknown = rules.Select(x => x.Operation).Where(o => o != "*" && runtime.Catalog.Find(o) is null).ToArray();
        if (unknown.Length > 0)
        {
            throw new AdminException(400, $"unknown operation(s): {string.Join(", ", unknown)}");
        }

        // ?tenant= scopes the rules to that tenant (named by key, id or hash, as everywhere); without it they apply to every request.
        runtime.Faults.Set(rules, string.IsNullOrWhiteSpace(r.Tenant) ? null : runtime.Tenants.HashFor(r.Tenant));
        return FaultState(r);
    }

    private MockResponse ClearFaults(AdminRequest r)
    {
        if (string.IsNullOrWhiteSpace(r.Tenant))
        {
            runtime.Faults.Clear();
        }
        else
        {
            runtime.Faults.Clear(runtime.Tenants.HashFor(r.Tenant));
        }

        return FaultState(r);
    }
}
