using Harness.Runner.Events;
using Harness.Runner.Results;
using Harness.Runner.Tests.Support;
using Harness.Runner.Http;

namespace Harness.Runner.Tests.Execution;

internal sealed class ScenarioRunnerTests
{
    private static readonly Dictionary<string, string> Key = new() { ["shop"] = "configured-key-0001" };

    [Test]
    public async Task Captures_FlowIntoLaterSteps()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r));
        var scenario = ShopApi.Steps("""
              - call: createItem
                body: { id: "item-{{ n }}", name: Chair }
                capture: { created: "$.id" }
              - call: getItem
                path: { id: "{{ created }}" }
                expect: { json: { "$.id": "item-7" } }
            """, "vars: { n: 7 }\n");

        var result = await Runs.RunAsync(server.Url, scenario, keys: Key);

        result.Outcome.Should().Be(Outcome.Passed, string.Join("\n", result.Failures.Select(f => f.Title)));
        server.Requests.Select(r => $"{r.Method} {r.Target}").Should().Equal("POST /v1/items", "GET /v1/items/item-7");
        server.Requests.Should().OnlyContain(r => r.Header("X-Shop-Key") == "configured-key-0001");
    }

    [Test]
    public async Task FailedStep_StopsTheScenario_AndTheRestIsNotRun()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r));
        var scenario = ShopApi.Steps("""
              - call: getItem
                path: { id: a }
                expect: { json: { "$.name": Table } }
              - call: listItems
            """);

        var result = await Runs.RunAsync(server.Url, scenario, keys: Key);

        result.Outcome.Should().Be(Outcome.Failed);
        result.Steps.Select(s => s.Outcome).Should().Equal(Outcome.Failed, Outcome.Skipped);
        result.Steps[1].SkipReason.Should().Be("step 1 failed");
        server.Requests.Should().ContainSingle();
    }

    [Test]
    public async Task ApiKeyOverrides_GoOnTheWire_EmptyAsAnEmptyHeader_NoneAsNoHeader()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r));
        var scenario = ShopApi.Steps("  - call: listItems\n    apiKey: \"\"\n  - call: listItems\n    apiKey: none\n  - call: listItems\n    apiKey: other-key\n");

        await Runs.RunAsync(server.Url, scenario, keys: Key);

        server.Requests.Select(r => r.Header("X-Shop-Key")).Should().Equal("", null, "other-key");
    }

    [Test]
    public async Task MissingCapture_FailsTheStep()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r));
        var scenario = ShopApi.Steps("  - call: getItem\n    path: { id: a }\n    capture: { price: $.price }\n");

        var result = await Runs.RunAsync(server.Url, scenario, keys: Key);

        result.Failures.Single().Title.Should().Be("capture 'price': $.price matched nothing in the response");
    }

    [Test]
    public async Task Given_AgainstATargetThatIsNoHarness_IsSkippedWithTheReason()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r));
        var scenario = ShopApi.Steps("  - call: listItems\n", "given: { tenant: { projectType: hybrid } }\n");

        var result = await Runs.RunAsync(server.Url, scenario, keys: Key);

        result.Outcome.Should().Be(Outcome.Skipped);
        result.SkipReason.Should().Be($"needs a harness mock for 'given:', but {server.Url} does not answer GET /__harness/health with 200");
        server.Requests.Select(r => r.Path).Should().Equal("/__harness/health");
    }

    [Test]
    public async Task Given_AgainstAHarness_SetsUpTheTenantThroughTheAdminApi()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r, harness: true));
        var scenario = ShopApi.Steps("  - call: listItems\n", """
            given:
              reset: true
              tenant: { projectType: "{{ type }}" }
              seed: { users: [] }
              devices: [ { extId: u1 }, { extId: u2 } ]
            vars: { type: hybrid }
            """ + "\n");

        var result = await Runs.RunAsync(server.Url, scenario);

        result.Outcome.Should().Be(Outcome.Passed);
        var key = result.ApiKey!;
        key.Should().StartWith("harness-");
        server.Requests.Select(r => $"{r.Method} {r.Target} {r.Body}").Should().Equal(
            "GET /__harness/health ",
            $"POST /__harness/reset?tenant={key} ",
            $"PUT /__harness/tenants/{key} {{\"projectType\":\"hybrid\"}}",
            $"POST /__harness/seed?tenant={key} {{\"users\":[]}}",
            $"POST /__harness/shop/devices?tenant={key} {{\"extId\":\"u1\"}}",
            $"POST /__harness/shop/devices?tenant={key} {{\"extId\":\"u2\"}}",
            "GET /v1/items ");
    }

    [Test]
    public async Task Given_ThatTheHarnessRefuses_FailsTheScenarioAtTheGivenBlock()
    {
        await using var server = FakeServer.Start(r => r.Method == "PUT" ? FakeReply.Json(400, """{"error":"bad projectType"}""") : Runs.Shop(r, harness: true));
        var scenario = ShopApi.Steps("  - call: listItems\n", "given:\n  tenant: { projectType: weird }\n");

        var result = await Runs.RunAsync(server.Url, scenario);

        var failure = result.SetupFailures.Should().ContainSingle().Subject;
        failure.Title.Should().StartWith("given tenant settings: the harness refused PUT /__harness/tenants/");
        failure.Actual.Should().Be("""400 {"error":"bad projectType"}""");
        failure.Location!.Line.Should().Be(4);
    }

    [Test]
    public async Task AgainstAHarness_EveryCaseGetsAFreshTenant()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r, harness: true));
        var scenario = ShopApi.Steps("  - call: listItems\n", "examples: [ { n: 1 }, { n: 2 } ]\n");
        using var runner = Runs.Runner(server.Url);

        var run = await runner.RunAsync(scenario.Cases());

        run.Scenarios.Select(s => s.ApiKey).Should().OnlyHaveUniqueItems().And.HaveCount(2);
        server.Requests.Where(r => r.Path == "/v1/items").Select(r => r.Header("X-Shop-Key")).Should().BeEquivalentTo(run.Scenarios.Select(s => s.ApiKey));
    }

    [Test]
    public async Task Given_WithAConfiguredKey_RunsInATenantOfItsOwn_AndTheOtherCasesKeepTheConfiguredKey()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r, harness: true));
        var withGiven = ShopApi.Steps("  - call: listItems\n", "given:\n  tenant: { projectType: userId }\n");
        var without = ShopApi.Steps("  - call: listItems\n");
        using var runner = Runs.Runner(server.Url, keys: new Dictionary<string, string> { ["shop"] = "configured-key-0001" });

        var run = await runner.RunAsync([.. withGiven.Cases(), .. without.Cases()]);

        run.Scenarios.Should().OnlyContain(s => s.Outcome == Outcome.Passed);
        var own = run.Scenarios[0].ApiKey!;
        own.Should().StartWith("harness-");
        run.Scenarios[1].ApiKey.Should().Be("configured-key-0001");
        server.Requests.Where(r => r.Method == "PUT").Select(r => r.Target).Should().Equal($"/__harness/tenants/{own}");
        server.Requests.Where(r => r.Path == "/v1/items").Select(r => r.Header("X-Shop-Key")).Should().Equal(own, "configured-key-0001");
    }

    [Test]
    public async Task Given_ThatNamesATenant_UsesIt_EvenWithAConfiguredKey()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r, harness: true));
        var scenario = ShopApi.Steps("  - call: listItems\n", "tenant: demo\ngiven:\n  reset: true\n");

        var result = await Runs.RunAsync(server.Url, scenario, keys: new Dictionary<string, string> { ["shop"] = "configured-key-0001" });

        result.ApiKey.Should().Be("demo");
    }

    [Test]
    public async Task ScenarioTenant_IsUsed_WhenNoKeyIsConfigured()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r, harness: true));
        var scenario = ShopApi.Steps("  - call: listItems\n", "tenant: demo-{{ n }}\nexamples: [ { n: 1 } ]\n");

        var result = await Runs.RunAsync(server.Url, scenario);

        result.ApiKey.Should().Be("demo-1");
    }

    [Test]
    public async Task NoKey_AgainstATargetThatIsNoHarness_FailsSayingHowToGiveOne()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r));

        var result = await Runs.RunAsync(server.Url, ShopApi.Steps("  - call: listItems\n"));

        result.SetupFailures.Single().Title.Should().Be("no API key for api 'shop': pass --api-key shop=KEY or set HARNESS_API_KEY_SHOP");
    }

    [Test]
    public async Task ExampleRows_RunOnceEach_WithTheirValues_OverridingVars()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r));
        var scenario = ShopApi.Steps("  - call: getItem\n    path: { id: \"{{ id }}\" }\n",
            "vars: { id: default }\nexamples:\n  - { name: first, id: one }\n  - { other: x }\n");
        using var runner = Runs.Runner(server.Url, keys: Key);

        var run = await runner.RunAsync(scenario.Cases());

        run.Scenarios.Select(s => s.Case.Name).Should().Equal("test [first]", "test [row 2]");
        server.Requests.Select(r => r.Path).Should().BeEquivalentTo("/v1/items/one", "/v1/items/default");
    }

    [Test]
    public async Task Run_PublishesEventsInOrder_AndComputesCoverage()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r));
        var recorder = new Recorder();
        var scenario = ShopApi.Steps("  - call: getItem\n    path: { id: a }\n  - call: listItems\n");
        using var runner = Runs.Runner(server.Url, keys: Key, listeners: recorder);

        var run = await runner.RunAsync(scenario.Cases());

        recorder.Events.Select(e => e.GetType().Name).Should().Equal(
            nameof(RunStarted), nameof(ScenarioStarted), nameof(StepFinished), nameof(StepFinished), nameof(ScenarioFinished), nameof(RunFinished));
        var getItem = run.Coverage.Apis.Single().Operations.Single(o => o.OperationId == "getItem");
        getItem.Calls.Should().Be(1);
        getItem.SeenDocumented.Should().Equal(200);
        getItem.NotSeen.Should().Equal(404);
        run.Coverage.Apis.Single().OperationsExercised.Should().Be(2);
        run.Summary.Should().Be("1 passed, 0 failed, 0 skipped");
        run.ExitCode.Should().Be(0);
    }

    [Test]
    public async Task Parallel_RunsEveryCase_AndKeepsTheirOrder()
    {
        await using var server = FakeServer.Start(r => Runs.Shop(r));
        var rows = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"  - {{ name: r{i}, id: i{i} }}"));
        var scenario = ShopApi.Steps("  - call: getItem\n    path: { id: \"{{ id }}\" }\n", $"examples:\n{rows}\n");
        using var runner = Runs.Runner(server.Url, keys: Key, parallel: 4);

        var run = await runner.RunAsync(scenario.Cases());

        run.Scenarios.Select(s => s.Case.Row!.Name).Should().Equal(Enumerable.Range(1, 12).Select(i => $"r{i}"));
        run.Passed.Should().Be(12);
    }

    private sealed class Recorder : IRunListener
    {
        public List<RunEvent> Events { get; } = [];

        public void Handle(RunEvent runEvent) => Events.Add(runEvent);
    }
}
