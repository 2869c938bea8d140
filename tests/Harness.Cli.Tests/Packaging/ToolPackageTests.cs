using FluentAssertions;
using Harness.Cli.Tests.Commands;
using NUnit.Framework;

namespace Harness.Cli.Tests.Packaging;

/// <summary>
/// The <c>harness</c> dotnet tool as a user gets it: packed, installed from a folder into a tool path, and run
/// from a folder that is not this repository. Slow (a pack and an install), so in a category of its own; it
/// runs with every <c>dotnet test</c>.
/// </summary>
[Category("Packaging")]
[NonParallelizable]
internal sealed class ToolPackageTests
{
    [Test]
    public async Task TheTool_InstalledFromAFolder_InitsAndRunsAnywhere_WithItsShippedOrTheProjectsOwnOpenApi()
    {
        using var work = CommandRun.Specs();
        var packages = work.Path("packages");
        var tools = work.Path("tools");
        var project = work.Path("team");
        Directory.CreateDirectory(project);
        var version = Dotnet.FreshVersion();

        var pack = await Dotnet.RunAsync(CommandRun.RepoRoot, "pack", Path.Combine("src", "Harness.Cli"), "--no-build", "-c", Dotnet.Configuration,
            "-o", packages, $"-p:PackageVersion={version}");
        pack.Code.Should().Be(0, pack.Output);
        var install = await Dotnet.RunAsync(work.Folder, "tool", "install", "--tool-path", tools, "--add-source", packages, "--version", version, "harness");
        install.Code.Should().Be(0, install.Output);
        var harness = Path.Combine(tools, OperatingSystem.IsWindows() ? "harness.exe" : "harness");

        var init = await Harness(project, "init");
        var run = await Harness(project, "run");
        File.Copy(Path.Combine(CommandRun.RepoRoot, "openapi", "iterable.yaml"), Path.Combine(Directory.CreateDirectory(Path.Combine(project, "openapi")).FullName, "iterable.yaml"));
        var ownOpenApi = await Harness(project, "lint");
        var givenOpenApi = await Harness(project, "lint", "--openapi", Path.Combine(CommandRun.RepoRoot, "openapi"));

        init.Code.Should().Be(0, init.Output);
        run.Code.Should().Be(0, run.Output);
        run.Output.TrimEnd().Split('\n')[^1].Should().Be("2 passed, 0 failed, 0 skipped", "the shipped OpenAPI files serve both samples");
        ownOpenApi.Code.Should().Be(2, "the folder's own openapi/ (one API only) replaces the shipped copy: " + ownOpenApi.Output);
        ownOpenApi.Output.Should().Contain("netmera");
        givenOpenApi.Code.Should().Be(0, givenOpenApi.Output);
        Directory.GetFiles(tools, "demo.*.json", SearchOption.AllDirectories).Should().NotBeEmpty("the demo fixtures ship with the tool");

        Task<(int Code, string Output)> Harness(string folder, params string[] args) => Dotnet.ExecAsync(harness, folder, TimeSpan.FromMinutes(3), args);
    }
}
