using System.Net.Http.Json;
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

/// <summary>An in-process mock stands in for the real service: a session recorded through the proxy replays green against a fresh mock.</summary>
[NonParallelizable]
internal sealed class RecordAndReplayTests
{
    private const string Key = "sk-live-recorded-secret-0123456789";

    private ApiCatalog _catalog = null!;
    private HarnessMock _real = null!;
    private DirectoryInfo _out = null!;

    [SetUp]
    public async Task Start()
    {
        _catalog = await ApiCatalog.LoadAsync(RepoPaths.OpenApi);
        _real = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, OpenApiDirectory = RepoPaths.OpenApi });
        _out = Directory.CreateTempSubdirectory("harness-record-");
    }

    [TearDown]
    public async Task Stop()
    {
        await _real.DisposeAsync();
        _out.Delete(recursive: true);
    }

    /// <summary>What an app might do: create a profile by userId, read it, find it again by the email the service made up, register and disable a device.</summary>
    private static async Task DriveAppAsync(string proxy)
    {
        using var http = new HttpClient { BaseAddress = new Uri(proxy) };
        http.DefaultRequestHeaders.Add("Api-Key", Key);
        var userId = $"u-{Guid.NewGuid():N}";
        (await http.PostAsJsonAsync("/api/users/update", new { userId, preferUserId = true, dataFields = new { plan = "gold" } })).EnsureSuccessStatusCode();
        var byId = await http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/users/byUserId/{userId}");
        var email = byId.GetProperty("user").GetProperty("email").GetString()!;
        email.Should().EndWith("@placeholder.email", "the service generated it");
        (await http.GetAsync($"/api/users/getByEmail?email={Uri.EscapeDataString(email)}")).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync("/api/users/registerDeviceToken",
            new { email, device = new { token = "tok-recorded-1", platform = "APNS", applicationName = "app" } })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync("/api/users/disableDevice", new { token = "tok-recorded-1" })).EnsureSuccessStatusCode();
        (await http.GetAsync($"/api/users/getByEmail?email={Uri.EscapeDataString(email)}")).EnsureSuccessStatusCode();
        (await http.GetAsync("/api/users/getByEmail")).StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        var netmera = new HttpRequestMessage(HttpMethod.Post, "/rest/3.0/tagUsers") { Content = JsonContent.Create(new { tag = "vip", extIds = new[] { userId } }) };
        netmera.Headers.Add("X-netmera-api-key", Key);
        (await http.SendAsync(netmera)).EnsureSuccessStatusCode();
    }

    private async Task<RecordingFiles> RecordAsync()
    {
        var session = new RecordingSession(_catalog);
        await using (var proxy = await RecordingProxy.StartAsync(new Uri(_real.Url), 0, session))
        {
            proxy.Url.Should().StartWith("http://127.0.0.1:");
            await DriveAppAsync(proxy.Url);
        }

        session.Exchanges.Should().HaveCount(8);
        return RecordingOutput.Write(session, _out.FullName, _real.Url, "Recorded session");
    }

    [Test]
    public async Task ARecordedSession_LintsClean_AndReplaysGreenAgainstAFreshMock()
    {
        var files = await RecordAsync();

        files.Scenarios.Select(Path.GetFileName).Should().BeEquivalentTo("recorded-iterable.scenario.yaml", "recorded-netmera.scenario.yaml");
        await using var fresh = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, OpenApiDirectory = RepoPaths.OpenApi });
        using var runner = new ScenarioRunner(_catalog, RunTarget.Single(fresh.Url), new RunnerOptions());
        foreach (var path in files.Scenarios)
        {
            var file = ScenarioParser.ParseFile(path);
            var diagnostics = file.Diagnostics.Concat(file.Scenario is null ? [] : ScenarioLinter.Lint(file.Scenario, _catalog)).ToArray();
            diagnostics.Should().BeEmpty(DiagnosticFormatter.Format(diagnostics) + "\n" + file.Document.Text);

            var result = await runner.RunCaseAsync(file.Scenario!.Cases()[0]);

            result.Outcome.Should().Be(Outcome.Passed, FailureDiagnostics.Text(result, SecretMasker.None) + "\n" + file.Document.Text);
        }
    }

    [Test]
    public async Task AValueTheServiceGenerated_IsCaptured_AndLaterCallsUseTheVariable()
    {
        var files = await RecordAsync();

        var yaml = await File.ReadAllTextAsync(files.Scenarios.Single(f => f.EndsWith("recorded-iterable.scenario.yaml", StringComparison.Ordinal)));
        yaml.Should().Contain("capture:\n      email: \"$.user.email\"");
        yaml.Should().Contain("query: {\"email\":\"{{ email }}\"}").And.Contain("\"email\":\"{{ email }}\",\"device\"");
        yaml.Should().NotContain("@placeholder.email", "the generated address is a variable everywhere");
        yaml.Should().Contain("      status: 400", "the failed call is kept with its real status");
    }

    [Test]
    public async Task TheKey_AppearsInNoFileWritten()
    {
        var files = await RecordAsync();

        foreach (var path in files.Scenarios.Append(files.DriftJson!).Append(files.DriftHtml!))
        {
            (await File.ReadAllTextAsync(path)).Should().NotContain(Key).And.NotContain(Key[..12], path);
        }
    }
}
