using Harness.Runner.Checks;
using Harness.Runner.Tests.Support;
using Harness.Runner.Results;

namespace Harness.Runner.Tests.Checks;

internal sealed class ExpectJsonTests
{
    private const string Page = """{"total":3,"items":[{"id":"a","name":"A","tags":["x"]},{"id":"b","name":"B"},{"id":"c","name":"C"}]}""";

    private static CheckFailure[] Run(string json, string body = Page) =>
        new ExpectJson().Run(Exchanges.Context($"  - call: listItems\n    expect:\n      json:\n{json}", Exchanges.Response(200, body))).ToArray();

    [Test]
    public void LiteralsAndPredicatesThatHold_Pass() =>
        Run("""
                    "$.total": 3
                    "$.items[0]": { id: a, tags: [x] }
                    "$.items": { length: 3, type: array }
                    "$.items[*].id": [a, b, c]
                    "$.items[?(@.id == 'b')]": { length: 1 }
                    "$.items[*]": { contains: { name: C } }
                    "$.nextPage": { absent: true }
                    "$.items[?(@.id == 'z')]": { exists: false }
            """).Should().BeEmpty();

    [Test]
    public void WrongLiteral_FailsAtTheExpectedValue()
    {
        var failure = Run("        \"$.items[1].name\": Z\n").Should().ContainSingle().Subject;

        failure.Title.Should().Be("$.items[1].name: value differs");
        failure.Expected.Should().Be("\"Z\"");
        failure.Actual.Should().Be("\"B\"");
        failure.Location!.Line.Should().Be(7);
        failure.Location.Column.Should().Be(28);
    }

    [Test]
    public void NothingAtThePath_Fails() =>
        Run("        \"$.missing\": 1\n").Should().ContainSingle().Which.Title.Should().Be("$.missing: nothing is there");

    [Test]
    public void FailingPredicate_FailsAtThePredicate()
    {
        var failure = Run("        \"$.items\": { length: 2 }\n").Should().ContainSingle().Subject;

        failure.Title.Should().Be("$.items: length 2 does not hold: length is 3");
        failure.Expected.Should().Be("length: 2");
        failure.Location!.Column.Should().Be(22);
    }

    [Test]
    public void EachFailingExpectation_IsItsOwnFailure() =>
        Run("        \"$.total\": 4\n        \"$.items\": { length: 1, type: object }\n").Should().HaveCount(3);

    [Test]
    public void BodyThatIsNotJson_FailsOnce() =>
        Run("        \"$.a\": 1\n        \"$.b\": 2\n", "nope").Should().ContainSingle().Which.Title.Should().Be("the body is not JSON");
}
