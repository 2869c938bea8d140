using Harness.Core.Scenarios;
using Harness.Runner.Checks.Matching;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Tests.Checks;

internal sealed class PredicateEvaluatorTests
{
    private static string? Eval(PredicateKind kind, string operand, string? actual) =>
        PredicateEvaluator.Evaluate(kind, JToken.Parse(operand), actual is null ? null : JToken.Parse(actual));

    [TestCase(PredicateKind.Exists, "true", "1", true)]
    [TestCase(PredicateKind.Exists, "true", "null", true)]
    [TestCase(PredicateKind.Exists, "true", null, false)]
    [TestCase(PredicateKind.Exists, "false", null, true)]
    [TestCase(PredicateKind.Absent, "true", null, true)]
    [TestCase(PredicateKind.Absent, "true", "\"x\"", false)]
    [TestCase(PredicateKind.Equals, """{"a":[1,2]}""", """{"a":[1,2]}""", true)]
    [TestCase(PredicateKind.Equals, """{"a":1}""", """{"a":1,"b":2}""", false)]
    [TestCase(PredicateKind.Equals, "1", "1.0", true)]
    [TestCase(PredicateKind.Equals, "\"1\"", "1", false)]
    [TestCase(PredicateKind.Contains, "2", "[1,2,3]", true)]
    [TestCase(PredicateKind.Contains, """{"id":2}""", """[{"id":2,"x":1}]""", true)]
    [TestCase(PredicateKind.Contains, "4", "[1,2,3]", false)]
    [TestCase(PredicateKind.Contains, "\"ell\"", "\"hello\"", true)]
    [TestCase(PredicateKind.Contains, "\"xyz\"", "\"hello\"", false)]
    [TestCase(PredicateKind.Contains, "\"a\"", """{"a":1}""", true)]
    [TestCase(PredicateKind.Contains, "1", "5", false)]
    [TestCase(PredicateKind.Length, "3", "[1,2,3]", true)]
    [TestCase(PredicateKind.Length, "5", "\"hello\"", true)]
    [TestCase(PredicateKind.Length, "0", "{}", true)]
    [TestCase(PredicateKind.Length, "1", "[]", false)]
    [TestCase(PredicateKind.Length, "1", "7", false)]
    [TestCase(PredicateKind.Matches, "\"^a.c$\"", "\"abc\"", true)]
    [TestCase(PredicateKind.Matches, "\"^\\\\d+$\"", "123", true)]
    [TestCase(PredicateKind.Matches, "\"^a\"", "\"ba\"", false)]
    [TestCase(PredicateKind.Matches, "\"x\"", null, false)]
    [TestCase(PredicateKind.Gt, "1", "2", true)]
    [TestCase(PredicateKind.Gt, "2", "2", false)]
    [TestCase(PredicateKind.Gte, "2", "2", true)]
    [TestCase(PredicateKind.Lt, "2.5", "2", true)]
    [TestCase(PredicateKind.Lte, "1", "2", false)]
    [TestCase(PredicateKind.Gt, "1", "\"2\"", false)]
    [TestCase(PredicateKind.Type, "\"string\"", "\"x\"", true)]
    [TestCase(PredicateKind.Type, "\"number\"", "1", true)]
    [TestCase(PredicateKind.Type, "\"number\"", "1.5", true)]
    [TestCase(PredicateKind.Type, "\"integer\"", "1.5", false)]
    [TestCase(PredicateKind.Type, "\"array\"", "[]", true)]
    [TestCase(PredicateKind.Type, "\"object\"", "{}", true)]
    [TestCase(PredicateKind.Type, "\"null\"", "null", true)]
    [TestCase(PredicateKind.Type, "\"boolean\"", "\"true\"", false)]
    public void Predicate_Holds(PredicateKind kind, string operand, string? actual, bool holds) =>
        (Eval(kind, operand, actual) is null).Should().Be(holds);

    [Test]
    public void FailedPredicate_SaysWhy()
    {
        Eval(PredicateKind.Length, "2", "[1,2,3]").Should().Be("length is 3");
        Eval(PredicateKind.Gt, "5", "3").Should().Be("3 is not > 5");
        Eval(PredicateKind.Type, "\"string\"", "3").Should().Be("is integer");
        Eval(PredicateKind.Exists, "true", null).Should().Be("nothing is there");
    }

    [Test]
    public void OperandOfTheWrongType_IsAFailureNotACrash()
    {
        Eval(PredicateKind.Length, "\"two\"", "[1,2]").Should().Contain("needs an integer");
        Eval(PredicateKind.Exists, "\"yes\"", "1").Should().Contain("needs true or false");
    }
}
