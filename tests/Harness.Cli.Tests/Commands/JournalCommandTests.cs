using System.CommandLine;
using System.Net.Http.Json;
using FluentAssertions;
using Harness.Cli.Commands;
using Harness.Mock;
using Harness.Mock.Server;
using NUnit.Framework;

namespace Harness.Cli.Tests.Commands;

[NonParallelizable]
internal sealed class JournalCommandTests
{
    private static async Task<(int Code, string Output, string Error)> InvokeAsync(params string[] args)
    {
        var root = new RootCommand("test") { JournalCommand.Create() };
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public async Task Export_WritesTheTenantsCallsAsAScenario_ThatRunReplaysGreen_WithoutTheKey()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, OpenApiDirectory = CommandRun.OpenApi });
        var key = $"phone-session-{Guid.NewGuid():N}";
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("Api-Key", key);
        (await http.PostAsJsonAsync(mock.Url + "/api/users/update", new { email = "ada@example.com", dataFields = new { plan = "gold" } })).EnsureSuccessStatusCode();
        (await http.GetAsync(mock.Url + "/api/users/getByEmail?email=ada@example.com")).EnsureSuccessStatusCode();
        using var specs = CommandRun.Specs();
        var file = specs.Path("phone.scenario.yaml");

        var (code, output, error) = await InvokeAsync("journal", "export", "--target", mock.Url, "--tenant", key, "--out", file, "--openapi", CommandRun.OpenApi);

        code.Should().Be(0, output + error);
        output.Should().Contain("2 call(s) exported");
        var yaml = await File.ReadAllTextAsync(file);
        yaml.Should().Contain("call: updateUser").And.Contain("call: getUserByEmail").And.NotContain(key);
        var (runCode, runOutput, runError) = await CommandRun.InvokeAsync(["run", file, "--openapi", CommandRun.OpenApi]);
        runCode.Should().Be(0, runOutput + runError);
    }

    [Test]
    public async Task Export_OfATenantWithNoCalls_ExitsTwo_WithoutPrintingTheKey()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, OpenApiDirectory = CommandRun.OpenApi });
        using var specs = CommandRun.Specs();

        var (code, _, error) = await InvokeAsync("journal", "export", "--target", mock.Url, "--tenant", "nobody-used-this-key-123", "--out", specs.Path("x.scenario.yaml"));

        code.Should().Be(2);
        error.Should().Contain("the journal holds no calls of that tenant").And.NotContain("nobody-used-this-key-123");
        File.Exists(specs.Path("x.scenario.yaml")).Should().BeFalse();
    }
}
