using FluentAssertions;
using Harness.Core.Scenarios;

namespace Harness.Core.Tests.Scenarios;

internal sealed class ScenarioDiscoveryTests
{
    [Test]
    public void Find_SearchesFoldersRecursively_InPathOrder_AndReportsMissingPaths()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("b"));
        File.WriteAllText(folder.File("b/z.scenario.yaml"), "");
        File.WriteAllText(folder.File("a.scenario.yml"), "");
        File.WriteAllText(folder.File("notes.yaml"), "");

        var files = ScenarioDiscovery.Find([folder.Path, folder.File("missing")], out var missing);

        files.Select(Path.GetFileName).Should().Equal("a.scenario.yml", "z.scenario.yaml");
        missing.Should().ContainSingle().Which.Should().EndWith("missing");
    }

    [Test]
    public void Find_TakesANamedFileWhateverItsName()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("odd.yaml"), "");

        ScenarioDiscovery.Find([folder.File("odd.yaml")], out _).Should().ContainSingle();
    }
}
