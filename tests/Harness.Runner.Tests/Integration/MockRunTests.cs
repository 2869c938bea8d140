using Harness.Core.OpenApi;
using Harness.Mock;
using Harness.Mock.Server;
using Harness.Runner.Execution;
using Harness.Runner.Planning;
using Harness.Runner.Reporting;
using Harness.Runner.Results;

namespace Harness.Runner.Tests.Integration;

/// <summary>The runner against the real in-process mock and the real OpenAPI files.</summary>
[NonParallelizable]
internal sealed class MockRunTests
{
    private static async Task<(RunResult Run, string Text)> RunAsync(string file, string displayRoot)
    {
        var catalog = await ApiCatalog.LoadAsync(RepoPaths.OpenApi);
        var loaded = ScenarioLoader.Load([file], catalog, displayRoot);
        loaded.HasErrors.Should().BeFalse(string.Join("\n", loaded.Diagnostics));
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, OpenApiDirectory = RepoPaths.OpenApi });
        using var runner = new ScenarioRunner(catalog, RunTarget.Single(mock.Url), new RunnerOptions());
        var run = await runner.RunAsync(ScenarioSelection.Select(loaded.Scenarios, [], Shard.All));
        var text = string.Join("\n\n", run.Scenarios.Where(s => s.Outcome == Outcome.Failed)
            .Select(s => FailureDiagnostics.Text(s, FailureDiagnostics.MaskerFor(run.Scenarios))));
        return (run, text);
    }

    [TestCase("specs/iterable/smoke.scenario.yaml")]
    [TestCase("specs/netmera/smoke.scenario.yaml")]
    public async Task SmokeScenario_PassesAgainstTheMock(string spec)
    {
        var (run, text) = await RunAsync(Path.Combine(RepoPaths.Root, spec), RepoPaths.Root);

        run.ExitCode.Should().Be(0, text);
        run.Passed.Should().Be(1);
    }

    [Test]
    public async Task BreakingOneExpectation_FailsTheRun_NamingItsFileAndLine()
    {
        var original = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Specs, "iterable", "smoke.scenario.yaml"));
        const string Correct = "endpointEnabled: false }";
        original.Should().Contain(Correct);
        var broken = original.Replace(Correct, "endpointEnabled: true }", StringComparison.Ordinal);
        var line = broken.Split('\n').ToList().FindIndex(l => l.Contains("endpointEnabled: true", StringComparison.Ordinal)) + 1;
        var column = broken.Split('\n')[line - 1].IndexOf("true", StringComparison.Ordinal) + 1;
        var folder = Directory.CreateTempSubdirectory("harness-broken-");
        try
        {
            var file = Path.Combine(folder.FullName, "specs", "iterable", "broken.scenario.yaml");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, broken);

            var (run, text) = await RunAsync(file, folder.FullName);

            run.ExitCode.Should().Be(1);
            run.Summary.Should().Be("0 passed, 1 failed, 0 skipped");
            text.Should().Contain($"specs/iterable/broken.scenario.yaml:{line}:{column}: error: $.user.dataFields.devices[0].endpointEnabled: value differs");
            text.Should().Contain("expected:  true").And.Contain("actual:    false");
            text.Should().Contain("reproduce: curl -sS -X GET 'http://127.0.0.1:").And.Contain("/api/users/getByEmail?email=");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
