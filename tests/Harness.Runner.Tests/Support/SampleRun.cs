using Harness.Core.Scenarios;
using Harness.Runner.Results;

namespace Harness.Runner.Tests.Support;

/// <summary>A real run against a fake shop with one passed, one failed and one skipped case, for reporter tests.</summary>
internal static class SampleRun
{
    public const string Key = "super-secret-key-42";

    public static async Task<RunResult> CreateAsync()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r));
        var scenarios = new[]
        {
            ShopApi.Scenario("scenario: lists items\napi: shop\nsteps:\n  - call: listItems\n", "specs/shop/list.scenario.yaml"),
            ShopApi.Scenario("""
                scenario: reads an item <b>
                api: shop
                steps:
                  - call: getItem
                    path: { id: a }
                    expect:
                      json: { "$.name": Table }
                """, "specs/shop/read.scenario.yaml"),
            ShopApi.Scenario("scenario: needs the mock\napi: shop\ngiven: { tenant: {} }\nsteps:\n  - call: listItems\n", "specs/shop/given.scenario.yaml"),
        };
        using var runner = Runs.Runner(server.Url, keys: new Dictionary<string, string> { ["shop"] = Key });
        return await runner.RunAsync(scenarios.SelectMany(s => s.Cases()).ToArray());
    }
}
