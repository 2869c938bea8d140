using Harness.Runner.Checks;
using Harness.Runner.Tests.Support;

namespace Harness.Runner.Tests.Checks;

internal sealed class ResponseSchemaTests
{
    private const string GetItem = "  - call: getItem\n    path: { id: a }\n";

    [Test]
    public void BodyMatchingTheSchema_Passes()
    {
        new ResponseSchema().Run(Exchanges.Context(GetItem, Exchanges.Response(200, """{"id":"a","name":"Chair","price":1.5}""")))
            .Should().BeEmpty();
    }

    [Test]
    public void Violation_NamesThePathAndTheOffendingValue()
    {
        var failure = new ResponseSchema().Run(Exchanges.Context(GetItem, Exchanges.Response(200, """{"id":"a","name":42}""")))
            .Should().ContainSingle().Subject;

        failure.Title.Should().Be("response 200 of getItem breaks its schema at $.name: expected string, got number 42");
        failure.Expected.Should().Be("string");
        failure.Actual.Should().Be("number 42");
        failure.Detail.Should().Be("schema path: $.name; offending value: 42");
    }

    [Test]
    public void MissingRequiredProperty_IsAFailure()
    {
        var failure = new ResponseSchema().Run(Exchanges.Context(GetItem, Exchanges.Response(200, """{"id":"a"}""")))
            .Should().ContainSingle().Subject;

        failure.Title.Should().Contain("$.name: required property 'name' is missing");
    }

    [Test]
    public void BodyThatIsNotJson_IsAFailureQuotingIt()
    {
        var failure = new ResponseSchema().Run(Exchanges.Context(GetItem, Exchanges.Response(200, "<html>busy</html>", "text/html")))
            .Should().ContainSingle().Subject;

        failure.Title.Should().Be("response 200 of getItem is not JSON");
        failure.Actual.Should().Be("<html>busy</html>");
        failure.Detail.Should().NotBeNullOrEmpty();
    }

    [Test]
    public void EmptyBodyWhereOneIsDocumented_IsAFailure()
    {
        new ResponseSchema().Run(Exchanges.Context(GetItem, Exchanges.Response(200, "", null)))
            .Should().ContainSingle().Which.Title.Should().Be("response 200 of getItem has an empty body, but the spec documents one");
    }

    [Test]
    public void BodyWhereNoneIsDocumented_IsAFailure()
    {
        var context = Exchanges.Context("  - call: deleteItem\n    path: { id: a }\n", Exchanges.Response(204, """{"deleted":true}"""));

        new ResponseSchema().Run(context).Should().ContainSingle().Which.Title
            .Should().Be("response 204 of deleteItem is documented without a body, but one came back");
    }

    [Test]
    public void UndocumentedStatus_IsLeftToStatusDocumented()
    {
        new ResponseSchema().Run(Exchanges.Context(GetItem, Exchanges.Response(503, "down", "text/plain"))).Should().BeEmpty();
    }

    [Test]
    public void ManyViolations_AreCappedWithACount()
    {
        var items = string.Join(",", Enumerable.Range(0, 15).Select(i => $$"""{"id":{{i}},"name":"n"}"""));
        var context = Exchanges.Context("  - call: listItems\n", Exchanges.Response(200, $$"""{"items":[{{items}}]}"""));

        var failures = new ResponseSchema().Run(context).ToArray();

        failures.Should().HaveCount(11);
        failures[^1].Title.Should().EndWith("5 more schema violations");
    }
}
