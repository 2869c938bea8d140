using Harness.Runner.Planning;
using Harness.Runner.Tests.Support;

namespace Harness.Runner.Tests.Planning;

internal sealed class ScenarioSelectionTests
{
    private static readonly Core.Scenarios.Scenario[] Scenarios =
    [
        ShopApi.Scenario("scenario: b\napi: shop\ntags: [Smoke]\nsteps:\n  - call: listItems\n", "specs/b.scenario.yaml"),
        ShopApi.Scenario("scenario: a\napi: shop\ntags: [slow]\nexamples: [ { x: 1 }, { x: 2 } ]\nsteps:\n  - call: listItems\n", "specs/a.scenario.yaml"),
        ShopApi.Scenario("scenario: c\napi: shop\nsteps:\n  - call: listItems\n", "specs/c.scenario.yaml"),
    ];

    [Test]
    public void WithoutTags_EveryCaseRuns_InFileOrder() =>
        ScenarioSelection.Select(Scenarios, [], Shard.All).Select(c => c.Name).Should().Equal("a [row 1]", "a [row 2]", "b", "c");

    [Test]
    public void Tags_MatchAnyGivenTag_IgnoringCase() =>
        ScenarioSelection.Select(Scenarios, ["smoke", "nope"], Shard.All).Select(c => c.Name).Should().Equal("b");

    [Test]
    public void Shard_TakesWholeFiles() =>
        ScenarioSelection.Select(Scenarios, [], new Shard(1, 2)).Select(c => c.File).Distinct().Should().Equal("specs/a.scenario.yaml", "specs/c.scenario.yaml");
}
