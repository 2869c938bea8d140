using System.Xml.Linq;
using Harness.Runner.Reporting;
using Harness.Runner.Tests.Support;

namespace Harness.Runner.Tests.Reporting;

internal sealed class JUnitReporterTests
{
    [Test]
    public async Task Render_IsWellFormedXml_WithTheRightCounts()
    {
        var xml = JUnitReporter.Render(await SampleRun.CreateAsync());

        var root = XDocument.Parse(xml).Root!;
        root.Name.LocalName.Should().Be("testsuites");
        root.Attribute("tests")!.Value.Should().Be("3");
        root.Attribute("failures")!.Value.Should().Be("1");
        root.Attribute("skipped")!.Value.Should().Be("1");
        root.Elements("testsuite").Select(s => s.Attribute("name")!.Value).Should().Equal(
            "specs/shop/list.scenario.yaml", "specs/shop/read.scenario.yaml", "specs/shop/given.scenario.yaml");
        var failed = root.Descendants("testcase").Single(c => c.Element("failure") is not null);
        failed.Attribute("name")!.Value.Should().Be("reads an item <b>");
        failed.Attribute("classname")!.Value.Should().Be("specs.shop.read");
        failed.Element("failure")!.Attribute("message")!.Value.Should().Be("$.name: value differs");
        failed.Element("failure")!.Value.Should().Contain("specs/shop/read.scenario.yaml:7:25: error: $.name: value differs");
        root.Descendants("skipped").Single().Attribute("message")!.Value.Should().StartWith("needs a harness mock");
    }

    [Test]
    public async Task Render_MasksTheApiKey()
    {
        var xml = JUnitReporter.Render(await SampleRun.CreateAsync());

        xml.Should().NotContain(SampleRun.Key).And.Contain("X-Shop-Key: ${HARNESS_API_KEY_SHOP}");
    }

    [Test]
    public async Task Handle_WritesTheFileAtTheEndOfTheRun()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "junit.xml");
        try
        {
            new JUnitReporter(path).Handle(new Events.RunFinished(await SampleRun.CreateAsync()));

            XDocument.Load(path).Root!.Attribute("tests")!.Value.Should().Be("3");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
