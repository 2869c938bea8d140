using System.Net.Http.Json;
using Harness.Core.OpenApi;
using Harness.Core.Scenarios;
using Harness.Mock;
using Harness.Mock.Server;
using Harness.Runner.Comparing;
using Harness.Runner.Execution;
using Harness.Runner.Planning;
using Harness.Runner.Results;

namespace Harness.Runner.Tests.Comparing;

/// <summary>Two in-process mocks as the two targets: alike they compare equal, a planted divergence shows at its step and nowhere else.</summary>
[NonParallelizable]
internal sealed class CompareRunnerTests
{
    private ApiCatalog _catalog = null!;
    private HarnessMock _a = null!;
    private HarnessMock _b = null!;
    private DirectoryInfo _folder = null!;

    [SetUp]
    public async Task Start()
    {
        _catalog = await ApiCatalog.LoadAsync(RepoPaths.OpenApi);
        _a = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, OpenApiDirectory = RepoPaths.OpenApi });
        _b = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, OpenApiDirectory = RepoPaths.OpenApi });
        _folder = Directory.CreateTempSubdirectory("harness-compare-");
    }

    [TearDown]
    public async Task Stop()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    private async Task<CompareResult> CompareAsync(IEnumerable<string> files, params string[] ignore)
    {
        var loaded = ScenarioLoader.Load(files.ToArray(), _catalog, RepoPaths.Root);
        loaded.HasErrors.Should().BeFalse(string.Join("\n", loaded.Diagnostics));
        using var runner = new CompareRunner(_catalog, RunTarget.Single(_a.Url), RunTarget.Single(_b.Url), new RunnerOptions(), ignore);
        return await runner.RunAsync(ScenarioSelection.Select(loaded.Scenarios, [], Shard.All));
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(_folder.FullName, $"s{Guid.NewGuid():N}.scenario.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    private static IEnumerable<string> Smoke =>
        [Path.Combine(RepoPaths.Specs, "iterable", "smoke.scenario.yaml"), Path.Combine(RepoPaths.Specs, "netmera", "smoke.scenario.yaml")];

    [Test]
    public async Task TwoAlikeMocks_CompareEqual_InSpiteOfGeneratedIdsTimestampsAndLinks()
    {
        var result = await CompareAsync(Smoke);

        result.Differences.Should().Be(0, string.Join("\n", result.Cases.Select(c => CompareText.Of(c, Runner.Reporting.SecretMasker.None))));
        result.Cases.Should().HaveCount(2).And.OnlyContain(c => c.Outcome == Outcome.Passed);
        result.ExitCode.Should().Be(0);
    }

    [Test]
    public async Task AFaultOnB_IsReportedAtItsStep_AndNothingElse()
    {
        using var http = new HttpClient();
        (await http.PostAsJsonAsync(_b.Url + "/__harness/faults", new { rules = new[] { new { operation = "getUserByEmail", status = 500, times = 1 } } }))
            .IsSuccessStatusCode.Should().BeTrue();

        var result = await CompareAsync(Smoke);

        var differing = result.Cases.SelectMany(c => c.Steps).Where(s => s.Differences.Count > 0).ToArray();
        differing.Should().ContainSingle();
        differing[0].Operation.Should().Be("getUserByEmail");
        differing[0].Step.Index.Should().Be(3);
        differing[0].Differences.Select(d => (d.Kind, d.A, d.B)).Should().Equal(
            (DifferenceKind.Status, "200", "500"),
            (DifferenceKind.ErrorCode, "(none)", "\"GenericError\""));
        var iterable = result.Cases.Single(c => c.Differs);
        iterable.A.Outcome.Should().Be(Outcome.Passed);
        iterable.B.Outcome.Should().Be(Outcome.Failed, "B's own expectation (2xx) fails too");
        iterable.StoppedReason.Should().StartWith("from step 4 on, not compared");
        result.Cases.Single(c => !c.Differs).Outcome.Should().Be(Outcome.Passed, "the other API is untouched");
        result.ExitCode.Should().Be(1);
    }

    [Test]
    public async Task AnotherProjectTypeOnB_ShowsAsTheStatusAndErrorCodeOfTheOneCallItChanges()
    {
        var tenant = $"compare-{Guid.NewGuid():N}";
        using var http = new HttpClient();
        (await http.PutAsJsonAsync($"{_b.Url}/__harness/tenants/{tenant}", new { projectType = "userId" })).IsSuccessStatusCode.Should().BeTrue();
        var file = Write($$$"""
            scenario: an email alone identifies a user only in an email-based project
            api: iterable
            tenant: {{{tenant}}}
            vars: { a: "{{ email }}" }
            steps:
              - call: updateUser
                body: { email: "{{ a }}", dataFields: { plan: gold } }
                expect: { status: [200, 400] }
              - call: disableDevice
                body: { token: "tok-{{ uuid }}" }
            """);

        var result = await CompareAsync([file]);

        var differing = result.Cases.Single().Steps.Where(s => s.Differences.Count > 0).ToArray();
        differing.Should().ContainSingle().Which.Step.Index.Should().Be(1);
        differing[0].Differences.Select(d => (d.Kind, d.A, d.B)).Should().Equal(
            (DifferenceKind.Status, "200", "400"),
            (DifferenceKind.ErrorCode, "\"Success\"", "\"BadParams\""));
        result.Cases.Single().Steps.Should().HaveCount(2, "both sides ran both steps");
        result.ExitCode.Should().Be(1);
    }

    [Test]
    public async Task ATenantSettingOnB_ShowsAtTheCallItChanges_AndIgnoredPathsHideWhatTheScenarioAllows()
    {
        var tenant = $"compare-{Guid.NewGuid():N}";
        using var http = new HttpClient();
        (await http.PutAsJsonAsync($"{_b.Url}/__harness/tenants/{tenant}", new { rejectInvalidEntries = true })).IsSuccessStatusCode.Should().BeTrue();
        var file = Write($$$"""
            scenario: a batch with an invalid entry depends on a panel setting
            api: netmera
            tenant: {{{tenant}}}
            vars: { ada: "u-{{ uuid }}" }
            steps:
              - call: setProfileAttributes
                body: [{ extId: "{{ ada }}", profile: { name: Ada } }]
              - call: setProfileAttributes
                body: [{ extId: "{{ ada }}", profile: { name: Ada2 } }, { extId: "{{ ada }}" }]
                expect: { status: [200, 400] }
            """);

        var result = await CompareAsync([file]);

        var steps = result.Cases.Single().Steps;
        steps.Where(s => s.Differences.Count > 0).Should().ContainSingle().Which.Step.Index.Should().Be(2);
        steps[1].Differences.Should().Contain(d => d.Kind == DifferenceKind.Status && d.A == "200" && d.B == "400")
            .And.Contain(d => d.Kind == DifferenceKind.ErrorCode && d.B == "2009");
    }
}
