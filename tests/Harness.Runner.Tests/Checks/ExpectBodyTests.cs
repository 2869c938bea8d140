using Harness.Runner.Checks;
using Harness.Runner.Tests.Support;

namespace Harness.Runner.Tests.Checks;

internal sealed class ExpectBodyTests
{
    [Test]
    public void SubsetOfTheBody_Passes()
    {
        var context = Exchanges.Context(
            "  - call: getItem\n    path: { id: a }\n    expect:\n      body: { name: Chair }\n",
            Exchanges.Response(200, """{"id":"a","name":"Chair","price":3}"""));

        new ExpectBody().Run(context).Should().BeEmpty();
    }

    [Test]
    public void Mismatch_PointsAtTheLineOfTheExpectedValue()
    {
        var context = Exchanges.Context(
            """
              - call: getItem
                path: { id: a }
                expect:
                  body:
                    id: a
                    name: Chair
            """,
            Exchanges.Response(200, """{"id":"a","name":"Table"}"""));

        var failure = new ExpectBody().Run(context).Should().ContainSingle().Subject;

        failure.Title.Should().Be("body at $.name: value differs");
        failure.Expected.Should().Be("\"Chair\"");
        failure.Actual.Should().Be("\"Table\"");
        failure.Location!.Line.Should().Be(9);
        failure.Location.Column.Should().Be(15);
    }

    [Test]
    public void TemplatedExpectation_IsFilledIn()
    {
        var step = ShopApi.Steps("  - call: getItem\n    path: { id: a }\n    expect: { body: { id: \"{{ id }}\" } }\n", "vars: { id: a }\n").Steps[0];

        new ExpectBody().Run(Exchanges.Context(step, Exchanges.Response(200, """{"id":"a"}"""), Exchanges.Templates(("id", "a"))))
            .Should().BeEmpty();
    }

    [Test]
    public void BodyThatIsNotJson_Fails() =>
        new ExpectBody().Run(Exchanges.Context("  - call: listItems\n    expect: { body: { a: 1 } }\n", Exchanges.Response(200, "plain", "text/plain")))
            .Should().ContainSingle().Which.Title.Should().Be("the body is not JSON");
}
