using System.Net.Http.Json;
using System.Xml.Linq;
using FluentAssertions;
using Harness.Mock;
using Harness.Mock.Server;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Cli.Tests.Commands;

/// <summary><c>run --compare</c>: the in-process mock (A) against a second mock (B) that a test makes diverge.</summary>
[NonParallelizable]
internal sealed class RunCompareTests
{
    private const string Key = "sk-compare-secret-0123456789";

    private const string Scenario = """
        scenario: register, then read back
        api: iterable
        vars: { a: "{{ email }}" }
        steps:
          - call: registerDeviceToken
            body: { email: "{{ a }}", device: { token: "tok-{{ uuid }}", platform: APNS, applicationName: app } }
          - call: getUserByEmail
            query: { email: "{{ a }}" }
            expect: { status: [200, 500] }
        """;

    private HarnessMock _b = null!;

    [SetUp]
    public async Task Start() => _b = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, OpenApiDirectory = CommandRun.OpenApi });

    [TearDown]
    public async Task Stop() => await _b.DisposeAsync();

    [Test]
    public async Task Compare_AlikeTargets_ExitsZero()
    {
        using var specs = CommandRun.Specs(("s.scenario.yaml", Scenario));

        var (code, output, error) = await CommandRun.InvokeAsync(["run", specs.Folder, "--openapi", CommandRun.OpenApi, "--compare", _b.Url]);

        code.Should().Be(0, output + error);
        output.TrimEnd().Split('\n')[^1].Should().Be("1 same, 0 different (0 differences), 0 failed alike, 0 skipped");
    }

    [Test]
    public async Task Compare_APlantedFault_ExitsOne_AndEveryReportNamesTheStep_WithoutTheKey()
    {
        using var http = new HttpClient();
        (await http.PostAsJsonAsync(_b.Url + "/__harness/faults", new { rules = new[] { new { operation = "getUserByEmail", status = 500 } } }))
            .IsSuccessStatusCode.Should().BeTrue();
        using var specs = CommandRun.Specs(("s.scenario.yaml", Scenario));
        var (json, junit, html) = (specs.Path("out/r.json"), specs.Path("out/r.xml"), specs.Path("out/r.html"));

        var (code, output, error) = await CommandRun.InvokeAsync(
            ["run", specs.Folder, "--openapi", CommandRun.OpenApi, "--compare", _b.Url, "--json", json, "--junit", junit, "--html", html],
            name => name == "HARNESS_API_KEY_ITERABLE" ? Key : null);

        code.Should().Be(1, output + error);
        output.Should().Contain("step 2 getUserByEmail [getUserByEmail] at ").And.Contain("status differs").And.Contain("B: 500");
        var report = JObject.Parse(await File.ReadAllTextAsync(json));
        report["summary"]!["differences"]!.Value<int>().Should().Be(2);
        var step = report["cases"]![0]!["steps"]![1]!;
        step["operationId"]!.Value<string>().Should().Be("getUserByEmail");
        step["differences"]!.Select(d => d["kind"]!.Value<string>()).Should().Equal("Status", "ErrorCode");
        XDocument.Parse(await File.ReadAllTextAsync(junit)).Descendants("failure").Should().ContainSingle()
            .Which.Value.Should().Contain("status differs");
        (await File.ReadAllTextAsync(html)).Should().Contain("status differs").And.Contain("getUserByEmail");
        foreach (var text in new[] { output, error, await File.ReadAllTextAsync(json), await File.ReadAllTextAsync(junit), await File.ReadAllTextAsync(html) })
        {
            text.Should().NotContain(Key);
        }
    }

    [Test]
    public async Task Compare_WithABrokenIgnorePath_ExitsTwo()
    {
        using var specs = CommandRun.Specs(("s.scenario.yaml", Scenario));

        var (code, _, error) = await CommandRun.InvokeAsync(["run", specs.Folder, "--openapi", CommandRun.OpenApi, "--compare", _b.Url, "--ignore", "user.email"]);

        code.Should().Be(2);
        error.Should().Contain("--ignore 'user.email' must start with '$'");
    }
}
