using Harness.Runner.Checks;
using Harness.Runner.Tests.Support;
using Harness.Runner.Results;

namespace Harness.Runner.Tests.Checks;

internal sealed class ExpectHeadersTests
{
    private static CheckFailure[] Run(string headers, params (string, string)[] actual) =>
        new ExpectHeaders().Run(Exchanges.Context($"  - call: listItems\n    expect:\n      headers:\n{headers}",
            Exchanges.Response(200, "{}", "application/json", actual))).ToArray();

    [Test]
    public void ExactTextAndPredicates_MatchCaseInsensitiveNames() =>
        Run("        retry-after: \"1\"\n        Content-Type: { contains: json }\n        X-Count: { gte: 10 }\n        X-None: { absent: true }\n",
            ("Retry-After", "1"), ("X-Count", "12")).Should().BeEmpty();

    [Test]
    public void NumberLiteral_ComparesAsText() => Run("        Retry-After: 1\n", ("Retry-After", "1")).Should().BeEmpty();

    [Test]
    public void MissingHeader_Fails()
    {
        var failure = Run("        Retry-After: \"1\"\n").Should().ContainSingle().Subject;

        failure.Title.Should().Be("header Retry-After is missing");
        failure.Actual.Should().Be("(missing)");
    }

    [Test]
    public void FailingPredicate_Fails() =>
        Run("        X-Count: { lt: 5 }\n", ("X-Count", "12")).Should().ContainSingle().Which.Title
            .Should().Be("header X-Count: lt 5 does not hold: 12 is not < 5");
}
