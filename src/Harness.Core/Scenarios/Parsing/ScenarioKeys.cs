namespace Harness.Core.Scenarios.Parsing;

/// <summary>The keys each mapping of the format accepts (kept in step with schemas/scenario.schema.json).</summary>
internal static class ScenarioKeys
{
    public static readonly string[] Scenario = ["scenario", "description", "api", "tags", "tenant", "vars", "given", "examples", "compare", "steps"];
    public static readonly string[] Compare = ["ignore"];
    public static readonly string[] Given = ["tenant", "devices", "actions", "seed", "reset", "faults"];
    public static readonly string[] FaultRule = ["operation", "status", "latencyMs", "errorRate", "times"];
    public static readonly string[] Step = ["name", "call", "path", "query", "headers", "body", "rawBody", "contentType", "apiKey", "url", "expect", "capture"];
    public static readonly string[] Expect = ["status", "body", "json", "headers", "emptyBody"];
}
