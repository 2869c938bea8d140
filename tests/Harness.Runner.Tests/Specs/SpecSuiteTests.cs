using Harness.Core.Diagnostics;
using Harness.Core.OpenApi;
using Harness.Core.Scenarios;
using Harness.Core.Scenarios.Linting;
using Harness.Mock;
using Harness.Mock.Server;
using Harness.Runner.Execution;
using Harness.Runner.Planning;
using Harness.Runner.Reporting;
using Harness.Runner.Results;

namespace Harness.Runner.Tests.Specs;

/// <summary>
/// Every scenario under <c>specs/</c> (and every example row) is its own test case against one in-process
/// mock, so test explorers list them; a failure's message is the runner's own diagnostic text.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
internal sealed class SpecSuiteTests : IDisposable
{
    private HarnessMock _mock = null!;
    private ApiCatalog _catalog = null!;
    private ScenarioRunner _runner = null!;

    [OneTimeSetUp]
    public async Task StartMock()
    {
        _catalog = await ApiCatalog.LoadAsync(RepoPaths.OpenApi);
        _mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, OpenApiDirectory = RepoPaths.OpenApi });
        _runner = new ScenarioRunner(_catalog, RunTarget.Single(_mock.Url), new RunnerOptions());
    }

    /// <summary>NUnit disposes the fixture once after its last test.</summary>
    public void Dispose()
    {
        _runner?.Dispose();
        _mock?.Dispose();
    }

    public static IEnumerable<TestCaseData> Cases()
    {
        var files = ScenarioDiscovery.Find([RepoPaths.Specs], out _);
        foreach (var file in files)
        {
            var relative = RepoPaths.Relative(file);
            var label = relative.Replace("specs/", "", StringComparison.Ordinal).Replace(".scenario.yaml", "", StringComparison.Ordinal);
            var parsed = ScenarioLoader.Parse(file, RepoPaths.Root);
            var cases = parsed.HasErrors ? [] : parsed.Scenario!.Cases();
            if (cases.Count == 0)
            {
                yield return new TestCaseData(file, 0).SetName($"{label}: (does not parse)");
                continue;
            }

            for (var i = 0; i < cases.Count; i++)
            {
                yield return new TestCaseData(file, i).SetName($"{label}: {cases[i].Name}").SetCategory("spec");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Scenario(string file, int caseIndex)
    {
        var parsed = ScenarioLoader.Parse(file, RepoPaths.Root);
        var diagnostics = parsed.Scenario is null ? parsed.Diagnostics : [.. parsed.Diagnostics, .. ScenarioLinter.Lint(parsed.Scenario, _catalog)];
        if (diagnostics.Any(d => d.IsError))
        {
            Assert.Fail(DiagnosticFormatter.Format(diagnostics));
        }

        var result = await _runner.RunCaseAsync(parsed.Scenario!.Cases()[caseIndex]);
        switch (result.Outcome)
        {
            case Outcome.Skipped:
                Assert.Ignore(result.SkipReason ?? "skipped");
                break;
            case Outcome.Failed:
                Assert.Fail(FailureDiagnostics.Text(result, FailureDiagnostics.MaskerFor([result])));
                break;
        }
    }
}
