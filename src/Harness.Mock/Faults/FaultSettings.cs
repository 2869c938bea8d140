using Newtonsoft.Json.Linq;

namespace Harness.Mock.Faults;

/// <summary>The faults in force, set by <c>POST /__harness/faults</c>; thread-safe.</summary>
public sealed class FaultSettings
{
    private readonly Lock _gate = new();
    private List<(FaultRule Rule, int Left)> _rules = [];

    public bool Any
    {
        get
        {
            lock (_gate)
            {
                return _rules.Count > 0;
            }
        }
    }

    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return _rules.Select(r => r.Rule).ToArray();
            }
        }
    }

    /// <summary>Replaces the rules of one scope: the tenant's own, or the global ones when <paramref name="tenant"/> is null.</summary>
    public void Set(IEnumerable<FaultRule> rules, string? tenant = null)
    {
        lock (_gate)
        {
            _rules = _rules.Where(r => r.Rule.Tenant != tenant)
                .Concat(rules.Select(r => (r with { Tenant = tenant }, r.Times ?? int.MaxValue)))
                .ToList();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules = [];
        }
    }

    public void Clear(string tenant) => Set([], tenant);

    /// <summary>The latency to add and the status to force (if any) for one call of an operation.</summary>
    public (int LatencyMs, int? Status) Draw(string operationId, string tenant, Random random)
    {
        lock (_gate)
        {
            var latency = 0;
            int? status = null;
            for (var i = 0; i < _rules.Count; i++)
            {
                var (rule, left) = _rules[i];
                if ((rule.Operation != "*" && rule.Operation != operationId) || left <= 0
                    || (rule.Tenant is not null && rule.Tenant != tenant))
                {
                    continue;
                }

                latency = Math.Max(latency, rule.LatencyMs);
                if (rule.Status is { } forced && status is null && random.NextDouble() < rule.ErrorRate)
                {
                    status = forced;
                    _rules[i] = (rule, left - 1);
                }
            }

            return (latency, status);
        }
    }

    /// <summary>Parses <c>{"rules":[{"operation":"x","latencyMs":100,"status":500,"errorRate":0.5,"times":2}]}</c> or one rule.</summary>
    public static IReadOnlyList<FaultRule> Parse(JToken body)
    {
        var items = body["rules"] is JArray array ? array.ToList() : body is JArray list ? list.ToList() : [body];
        return items.Select(item =>
        {
            if (item is not JObject rule)
            {
                throw new FormatException("each fault rule is an object");
            }

            var operation = rule.Value<string>("operation") ?? "*";
            var latency = rule.Value<int?>("latencyMs") ?? 0;
            var status = rule.Value<int?>("status");
            var rate = rule.Value<double?>("errorRate") ?? 1.0;
            if (latency < 0 || latency > 60_000)
            {
                throw new FormatException("latencyMs is between 0 and 60000");
            }

            if (status is < 400 or > 599)
            {
                throw new FormatException("status is an error status between 400 and 599");
            }

            if (rate is < 0 or > 1)
            {
                throw new FormatException("errorRate is between 0 and 1");
            }

            return new FaultRule(operation, latency, status, rate, rule.Value<int?>("times"));
        }).ToArray();
    }
}
