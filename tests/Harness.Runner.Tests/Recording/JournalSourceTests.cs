using Harness.Core.Diagnostics;
using Harness.Core.OpenApi;
using Harness.Core.Scenarios.Linting;
using Harness.Core.Scenarios.Parsing;
using Harness.Mock;
using Harness.Mock.Server;
using Harness.Runner.Execution;
using Harness.Runner.Recording;
using Harness.Runner.Reporting;
using Harness.Runner.Results;

namespace Harness.Runner.Tests.Recording;

/// <summary>What an app did against the mock, read back from its journal, becomes a scenario that replays green.</summary>
[NonParallelizable]
internal sealed class JournalSourceTests
{
    [Test]
    public async Task ATenantsJournal_BecomesScenariosThatLintCleanAndReplayGreen_WithoutTheKey()
    {
        var catalog = await ApiCatalog.LoadAsync(RepoPaths.OpenApi);
        var folder = Directory.CreateTempSubdirectory("harness-journal-");
        try
        {
            IReadOnlyList<RecordedExchange> exchanges;
            await using (var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, OpenApiDirectory = RepoPaths.OpenApi }))
            {
                await RecordAndReplayTests.DriveAppAsync(mock.Url);
                using var other = new HttpClient();
                other.DefaultRequestHeaders.Add("Api-Key", "someone-else-entirely");
                await other.GetAsync(mock.Url + "/api/users/getByEmail?email=other@example.com");
                using var http = new HttpClient();
                string? problem;
                (exchanges, problem) = await JournalSource.ReadAsync(http, new Uri(mock.Url), RecordAndReplayTests.Key, CancellationToken.None);
                problem.Should().BeNull();
            }

            exchanges.Should().HaveCount(8, "the other tenant's call is not part of the export");
            var files = RecordingOutput.WriteScenarios(catalog, exchanges, Path.Combine(folder.FullName, "session.scenario.yaml"), "Journal", "d",
                new SecretMasker([RecordAndReplayTests.Key]), isFile: true);

            files.Scenarios.Select(Path.GetFileName).Should().BeEquivalentTo("session-iterable.scenario.yaml", "session-netmera.scenario.yaml");
            await using var fresh = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, OpenApiDirectory = RepoPaths.OpenApi });
            using var runner = new ScenarioRunner(catalog, RunTarget.Single(fresh.Url), new RunnerOptions());
            foreach (var path in files.Scenarios)
            {
                var file = ScenarioParser.ParseFile(path);
                file.Document.Text.Should().NotContain(RecordAndReplayTests.Key).And.NotContain("apiKey:", "every call carried the tenant's key");
                var diagnostics = file.Diagnostics.Concat(file.Scenario is null ? [] : ScenarioLinter.Lint(file.Scenario, catalog)).ToArray();
                diagnostics.Should().BeEmpty(DiagnosticFormatter.Format(diagnostics) + "\n" + file.Document.Text);

                var result = await runner.RunCaseAsync(file.Scenario!.Cases()[0]);

                result.Outcome.Should().Be(Outcome.Passed, FailureDiagnostics.Text(result, SecretMasker.None) + "\n" + file.Document.Text);
            }

            (await File.ReadAllTextAsync(files.Scenarios[0])).Should().Contain("capture:\n      email: \"$.user.email\"").And.Contain("query: {\"email\":\"{{ email }}\"}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task ATargetThatIsNotAMock_IsAProblem_NotAnEmptyScenario()
    {
        await using var target = Support.FakeServer.Start(_ => Support.FakeReply.Json(404, """{"code":"NotFound"}"""));
        using var http = new HttpClient();

        var (exchanges, problem) = await JournalSource.ReadAsync(http, new Uri(target.Url), "k", CancellationToken.None);

        exchanges.Should().BeEmpty();
        problem.Should().Contain("is not a harness mock with a request journal (GET /__harness/requests answered 404)");
    }
}
