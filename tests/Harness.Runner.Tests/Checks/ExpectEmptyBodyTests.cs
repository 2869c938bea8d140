using Harness.Runner.Checks;
using Harness.Runner.Tests.Support;

namespace Harness.Runner.Tests.Checks;

internal sealed class ExpectEmptyBodyTests
{
    [Test]
    public void EmptyBodyTrue_FailsOnAnyBody()
    {
        var steps = "  - call: deleteItem\n    path: { id: a }\n    expect: { emptyBody: true }\n";

        new ExpectEmptyBody().Run(Exchanges.Context(steps, Exchanges.Response(204, "", null))).Should().BeEmpty();
        new ExpectEmptyBody().Run(Exchanges.Context(steps, Exchanges.Response(204, "{}"))).Should().ContainSingle()
            .Which.Title.Should().Be("the body is not empty");
    }

    [Test]
    public void EmptyBodyFalse_FailsOnAnEmptyBody() =>
        new ExpectEmptyBody().Run(Exchanges.Context("  - call: listItems\n    expect: { emptyBody: false }\n", Exchanges.Response(200, "", null)))
            .Should().ContainSingle().Which.Title.Should().Be("the body is empty");
}
