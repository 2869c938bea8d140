using Harness.Runner.Checks;
using Harness.Runner.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Tests.Checks;

internal sealed class ExpectStatusTests
{
    [TestCase(200, true)]
    [TestCase(204, true)]
    [TestCase(302, false)]
    [TestCase(404, false)]
    public void WithoutExpectation_Any2xxPasses(int status, bool passes) =>
        new ExpectStatus().Run(Exchanges.Context("  - call: listItems\n", Exchanges.Response(status, "{}"))).Any().Should().Be(!passes);

    [Test]
    public void WrongStatus_FailsAtTheStatusLine_WithTheBody()
    {
        var context = Exchanges.Context("  - call: listItems\n    expect:\n      status: 200\n", Exchanges.Response(404, """{"code":"NotFound"}"""));

        var failure = new ExpectStatus().Run(context).Should().ContainSingle().Subject;

        failure.Title.Should().Be("status 404, expected 200");
        failure.Expected.Should().Be("200");
        failure.Actual.Should().Be("""404 {"code":"NotFound"}""");
        failure.Location!.Line.Should().Be(6);
        failure.Location.Column.Should().Be(15);
    }

    [Test]
    public void ListOfStatuses_AcceptsAnyOfThem()
    {
        var steps = "  - call: listItems\n    expect: { status: [200, 404] }\n";

        new ExpectStatus().Run(Exchanges.Context(steps, Exchanges.Response(404, "{}"))).Should().BeEmpty();
        new ExpectStatus().Run(Exchanges.Context(steps, Exchanges.Response(500, "{}"))).Should().ContainSingle()
            .Which.Expected.Should().Be("one of 200, 404");
    }

    [Test]
    public void TemplatedStatus_UsesTheVariablesValue()
    {
        var step = ShopApi.Steps("  - call: listItems\n    expect: { status: \"{{ expected }}\" }\n", "vars: { expected: 404 }\n").Steps[0];

        new ExpectStatus().Run(Exchanges.Context(step, Exchanges.Response(404, "{}"), Exchanges.Templates(("expected", 404)))).Should().BeEmpty();
        new ExpectStatus().Run(Exchanges.Context(step, Exchanges.Response(200, "{}"), Exchanges.Templates(("expected", new JValue("404")))))
            .Should().ContainSingle().Which.Expected.Should().Be("404");
    }
}
