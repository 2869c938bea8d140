using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;

namespace Harness.Cli.Tests.Commands;

[NonParallelizable]
internal sealed class InitCommandTests
{
    private string _previous = "";
    private TempSpecs _folder = null!;

    [SetUp]
    public void EnterAnEmptyFolder()
    {
        _folder = CommandRun.Specs();
        _previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = _folder.Folder;
    }

    [TearDown]
    public void Leave()
    {
        Environment.CurrentDirectory = _previous;
        _folder.Dispose();
    }

    [Test]
    public async Task Init_ThenRun_PassesAtOnce_WithOneSampleScenarioPerApi()
    {
        var (initCode, initOutput, initError) = await CommandRun.InvokeAsync(["init"]);
        var (code, output, error) = await CommandRun.InvokeAsync(["run"]);

        initCode.Should().Be(0, initOutput + initError);
        initOutput.Should().Contain("Next: harness run");
        Directory.GetDirectories(_folder.Path("specs")).Select(Path.GetFileName).Should().BeEquivalentTo("iterable", "netmera");
        Directory.GetFiles(_folder.Path("specs"), "*.scenario.yaml", SearchOption.AllDirectories).Should().HaveCount(2);
        code.Should().Be(0, output + error);
        output.TrimEnd().Split('\n')[^1].Should().Be("2 passed, 0 failed, 0 skipped");
    }

    [Test]
    public async Task Init_MapsScenarioFilesToTheSchema_ForVsCode_AndRecommendsTheYamlExtension()
    {
        await CommandRun.InvokeAsync(["init"]);

        using var settings = JsonDocument.Parse(File.ReadAllText(_folder.Path(".vscode/settings.json")));
        var schemas = settings.RootElement.GetProperty("yaml.schemas");
        var schema = schemas.EnumerateObject().Single();
        schema.Value.GetString().Should().Be("*.scenario.yaml");
        File.Exists(Path.Combine(_folder.Folder, schema.Name)).Should().BeTrue("the mapped schema ships with the scaffold: " + schema.Name);
        using var extensions = JsonDocument.Parse(File.ReadAllText(_folder.Path(".vscode/extensions.json")));
        extensions.RootElement.GetProperty("recommendations").EnumerateArray().Select(e => e.GetString()).Should().Contain("redhat.vscode-yaml");

        // Each sample points the YAML language server at the same schema, relative to itself.
        foreach (var sample in Directory.GetFiles(_folder.Path("specs"), "*.scenario.yaml", SearchOption.AllDirectories))
        {
            var first = File.ReadLines(sample).First();
            first.Should().StartWith("# yaml-language-server: $schema=");
            var relative = first["# yaml-language-server: $schema=".Length..];
            File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sample)!, relative))).Should().BeTrue(first);
        }
    }

    [Test]
    public async Task Init_WritesTheCiWorkflowAndAReadmeSection_AndKeepsWhatExists()
    {
        File.WriteAllText(_folder.Path("README.md"), "# Our app\n");
        await CommandRun.InvokeAsync(["init"]);
        File.WriteAllText(_folder.Path(".github/workflows/harness.yml"), "# ours\n");

        var (code, output, _) = await CommandRun.InvokeAsync(["init"]);

        code.Should().Be(0);
        output.Should().Contain("kept     " + Path.Combine(".github", "workflows", "harness.yml"));
        File.ReadAllText(_folder.Path(".github/workflows/harness.yml")).Should().Be("# ours\n");
        var readme = File.ReadAllText(_folder.Path("README.md"));
        readme.Should().StartWith("# Our app\n").And.Contain("## Contract tests (Harness)").And.Contain("harness run");
        readme.Split("## Contract tests (Harness)").Should().HaveCount(2, "a second init does not add the section again");
        File.ReadAllText(Path.Combine(CommandRun.RepoRoot, "docs", "ci", "github-actions.yml"))
            .Should().Contain("harness run", "init writes the recipe of docs/ci");
    }

    [Test]
    public async Task Init_WithForce_ReplacesTheScaffoldedFiles()
    {
        await CommandRun.InvokeAsync(["init", "team"]);
        File.WriteAllText(_folder.Path("team/.vscode/extensions.json"), "{}");

        var (code, output, _) = await CommandRun.InvokeAsync(["init", "team", "--force"]);

        code.Should().Be(0);
        output.Should().Contain("replaced").And.Contain("Next: cd team && harness run");
        File.ReadAllText(_folder.Path("team/.vscode/extensions.json")).Should().Contain("redhat.vscode-yaml");
    }
}
