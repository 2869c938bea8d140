using Newtonsoft.Json.Linq;

namespace Harness.Mock.Faults;

/// <summary>The faults in force, set by <c>POST /__harness/faults</c>; thread-safe.</summary>
public sealed class FaultSettings
{
    private static readonly string[] Keys = ["operation", "latencyMs", "status", "errorRate", "times"];

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

    /// <summary>Every rule with the forced errors it has left (null: no limit); a rule with none left is spent.</summary>
    public IReadOnlyList<(FaultRule Rule, int? Left)> Entries
    {
        get
        {
            lock (_gate)
            {
                return _rules.Select(r => (r.Rule, r.Rule.Times is null ? (int?)null : r.Left)).ToArray();
            }
        }
    }

    /// <summary>Replaces the rules of one scope: the tenant's own (by hash), or the global ones when <paramref name="tenant"/> is null.</summary>
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

    /// <summary>The latency to add and the status to force (if any) for one call of an operation by a tenant (its hash).</summary>
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

    /// <summary>
    /// Parses <c>{"rules":[{"operation":"x","latencyMs":100,"status":500,"errorRate":0.5,"times":2}]}</c>, a bare
    /// array of rules, or one rule. Every value is checked before anything is used; a bad one throws a
    /// <see cref="FormatException"/> whose message starts with its JSON path.
    /// </summary>
    public static IReadOnlyList<FaultRule> Parse(JToken body)
    {
        var (items, at) = body switch
        {
            JObject { } o when o.ContainsKey("rules") => (o["rules"] as JArray ?? throw new FormatException("$.rules: an array of rules"), "$.rules"),
            JArray list => (list, "$"),
            _ => (new JArray(body), null),
        };

        return items.Select((item, i) => Rule(item, at is null ? "$" : $"{at}[{i}]")).ToArray();
    }

    private static FaultRule Rule(JToken item, string path)
    {
        if (item is not JObject rule)
        {
            throw new FormatException($"{path}: a fault rule is an object");
        }

        if (rule.Properties().FirstOrDefault(p => !Keys.Contains(p.Name)) is { } unknown)
        {
            throw new FormatException($"{path}.{unknown.Name}: unknown key (known: {string.Join(", ", Keys)})");
        }

        var operation = rule["operation"] switch
        {
            null or { Type: JTokenType.Null } => "*",
            { Type: JTokenType.String } text when ((string)text!).Length > 0 => (string)text!,
            _ => throw new FormatException($"{path}.operation: an operationId or \"*\""),
        };
        return new FaultRule(
            operation,
            Integer(rule, "latencyMs", path, 0, 60_000) ?? 0,
            Integer(rule, "status", path, 400, 599),
            Number(rule, "errorRate", path, 0, 1) ?? 1.0,
            Integer(rule, "times", path, 1, int.MaxValue));
    }

    private static int? Integer(JObject rule, string name, string path, long min, long max) => rule[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        // An integer beyond 64 bits is held as a BigInteger: not a long, so refused like any other out-of-range value.
        JValue { Value: long n } when n >= min && n <= max => (int)n,
        _ => throw new FormatException($"{path}.{name}: an integer from {min} to {max}"),
    };

    private static double? Number(JObject rule, string name, string path, double min, double max) => rule[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        JValue { Value: long n } when n >= min && n <= max => n,
        JValue { Value: double n } when n >= min && n <= max => n,
        _ => throw new FormatException($"{path}.{name}: a number from {min} to {max}"),
    };
}
