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
/// The scenarios of each sample under <c>samples/&lt;name&gt;/specs</c>, against a mock of that sample's own
/// OpenAPI folder: a spec the harness has no module for, served by the generic module without code.
/// </summary>
[TestFixture]
internal sealed class SampleSuiteTests : IDisposable
{
    private static string Folder => Path.Combine(RepoPaths.Root, "samples", "bookshop");

    private HarnessMock _mock = null!;
    private ApiCatalog _catalog = null!;
    private ScenarioRunner _runner = null!;

    [OneTimeSetUp]
    public async Task StartMock()
    {
        var openApi = Path.Combine(Folder, "openapi");
        _catalog = await ApiCatalog.LoadAsync(openApi);
        _mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, OpenApiDirectory = openApi });
        _runner = new ScenarioRunner(_catalog, RunTarget.Single(_mock.Url), new RunnerOptions());
    }

    public void Dispose()
    {
        _runner?.Dispose();
        _mock?.Dispose();
    }

    public static IEnumerable<TestCaseData> Cases() =>
        ScenarioDiscovery.Find([Path.Combine(Folder, "specs")], out _)
            .Select(file => new TestCaseData(file).SetName("bookshop: " + Path.GetFileName(file)).SetCategory("sample"));

    [TestCaseSource(nameof(Cases))]
    public async Task Scenario(string file)
    {
        var parsed = ScenarioLoader.Parse(file, RepoPaths.Root);
        var diagnostics = parsed.Scenario is null ? parsed.Diagnostics : [.. parsed.Diagnostics, .. ScenarioLinter.Lint(parsed.Scenario, _catalog)];
        if (diagnostics.Any(d => d.IsError))
        {
            Assert.Fail(DiagnosticFormatter.Format(diagnostics));
        }

        var result = await _runner.RunCaseAsync(parsed.Scenario!.Cases()[0]);
        if (result.Outcome != Outcome.Passed)
        {
            Assert.Fail(result.SkipReason ?? FailureDiagnostics.Text(result, FailureDiagnostics.MaskerFor([result])));
        }
    }

    [Test]
    public void EverySample_HasScenarios()
    {
        Cases().Should().HaveCountGreaterThanOrEqualTo(3);
    }
}
