using Harness.Runner.Checks.Matching;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Tests.Checks;

internal sealed class SubsetMatcherTests
{
    private static IReadOnlyList<Mismatch> Match(string expected, string actual) =>
        SubsetMatcher.Match(JToken.Parse(expected), JToken.Parse(actual));

    [TestCase("""{"a":1}""", """{"a":1,"b":2}""")]
    [TestCase("""{"a":{"b":true}}""", """{"a":{"b":true,"c":null}}""")]
    [TestCase("""[1,{"x":1}]""", """[1,{"x":1,"y":2}]""")]
    [TestCase("1", "1.0")]
    [TestCase("null", "null")]
    [TestCase("{}", """{"anything":1}""")]
    [TestCase("""{"$contains":[{"id":2}]}""", """[{"id":1},{"id":2,"n":"b"}]""")]
    [TestCase("""{"$contains":[3,1]}""", "[1,2,3]")]
    public void Matches(string expected, string actual) => Match(expected, actual).Should().BeEmpty();

    [TestCase("""{"a":1}""", """{"a":2}""", "$.a", "value differs")]
    [TestCase("""{"a":1}""", """{"b":1}""", "$.a", "key 'a' is missing")]
    [TestCase("""{"a":"1"}""", """{"a":1}""", "$.a", "value differs")]
    [TestCase("""{"a":null}""", """{"a":0}""", "$.a", "value differs")]
    [TestCase("[1,2]", "[1,2,3]", "$", "3 items, expected 2")]
    [TestCase("""{"a":[{"b":1}]}""", """{"a":[{"b":2}]}""", "$.a[0].b", "value differs")]
    [TestCase("""{"a":{"b":1}}""", """{"a":[1]}""", "$.a", "expected an object, got array [1]")]
    [TestCase("""{"$contains":[4]}""", "[1,2,3]", "$", "no item matches")]
    [TestCase("""{"weird key":1}""", """{"weird key":2}""", "$['weird key']", "value differs")]
    public void Mismatches(string expected, string actual, string path, string message)
    {
        var mismatch = Match(expected, actual).Should().ContainSingle().Subject;

        mismatch.Path.Should().Be(path);
        mismatch.Message.Should().StartWith(message);
    }

    [Test]
    public void EveryMismatchIsReported() => Match("""{"a":1,"b":2,"c":3}""", """{"a":0,"b":0,"c":3}""").Should().HaveCount(2);
}
