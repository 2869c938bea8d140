using Harness.Runner.Checks;
using Harness.Runner.Tests.Support;
using Harness.Runner.Results;

namespace Harness.Runner.Tests.Checks;

internal sealed class StatusDocumentedTests
{
    [Test]
    public void DocumentedStatus_Passes()
    {
        var context = Exchanges.Context("  - call: getItem\n    path: { id: a }\n    expect: { status: 404 }\n", Exchanges.Response(404, """{"code":"NotFound"}"""));

        new StatusDocumented().Run(context).Should().BeEmpty();
    }

    [Test]
    public void UndocumentedStatus_FailsNamingTheDocumentedOnes_AtTheStep()
    {
        var context = Exchanges.Context("  - call: getItem\n    path: { id: a }\n", Exchanges.Response(500, "oops", "text/plain"));

        var failure = new StatusDocumented().Run(context).Should().ContainSingle().Subject;

        failure.Title.Should().Be("status 500 is not documented for getItem");
        failure.Expected.Should().Be("one of 200, 404");
        failure.Actual.Should().Be("500 oops");
        failure.Location!.Line.Should().Be(4);
    }
}
