using FluentAssertions;
using Harness.Core.Diagnostics;

namespace Harness.Core.Tests.Scenarios;

internal sealed class ScenarioLinterTests
{
    private static Diagnostic SingleError(string yaml)
    {
        var diagnostics = ShopApi.Lint(yaml);
        return diagnostics.Where(d => d.IsError).Should().ContainSingle().Subject;
    }

    private static string Steps(string steps, string extra = "") => $"scenario: s\napi: shop\n{extra}steps:\n{steps}";

    [Test]
    public void Lint_ValidScenario_HasNoDiagnostics()
    {
        ShopApi.Lint(Steps("""
              - call: createItem
                body: { id: "{{ uuid }}", name: x }
                capture: { id: "$.id" }
              - call: getItem
                path: { id: "{{ id }}" }
                expect: { status: 200, json: { "$.name": x } }
            """)).Should().BeEmpty();
    }

    [Test]
    public void Lint_UnknownApi_SuggestsTheNearest()
    {
        var error = SingleError("scenario: s\napi: shpo\nsteps:\n  - call: listItems\n");

        error.Message.Should().Be("unknown api 'shpo'");
        error.Hint.Should().Be("did you mean 'shop'?");
        error.Location!.Line.Should().Be(2);
        error.Location.Column.Should().Be(6);
    }

    [Test]
    public void Lint_UnknownOperation_SuggestsTheNearestOperationId()
    {
        var error = SingleError(Steps("  - call: getItme\n    path: { id: x }\n"));

        error.Message.Should().Be("unknown operation 'getItme'");
        error.Hint.Should().Be("did you mean 'getItem'?");
        error.Location!.Line.Should().Be(4);
        error.Location.Column.Should().Be(11);
        error.Location.Length.Should().Be("getItme".Length);
    }

    [Test]
    public void Lint_OperationOfAnotherApi_IsAnError()
    {
        var error = SingleError(Steps("  - call: ping\n"));

        error.Message.Should().Be("operation 'ping' belongs to api 'other', but this scenario's api is 'shop'");
    }

    [Test]
    public void Lint_UnknownQueryParameter_SuggestsTheNearest()
    {
        var error = SingleError(Steps("  - call: listItems\n    query: { mx: 1 }\n"));

        error.Message.Should().Be("unknown query parameter 'mx' for listItems (GET /v1/items)");
        error.Hint.Should().Be("did you mean 'max'?");
        error.Location!.Column.Should().Be(14);
    }

    [Test]
    public void Lint_HeaderParameterWrittenAsQuery_SaysWhereItGoes()
    {
        var error = SingleError(Steps("  - call: listItems\n    query: { X-Shop-Region: eu }\n"));

        error.Hint.Should().Be("'X-Shop-Region' is a header parameter: put it under 'headers'");
    }

    [Test]
    public void Lint_UnknownPathParameter_IsAnError()
    {
        var diagnostics = ShopApi.Lint(Steps("  - call: getItem\n    path: { idd: x }\n"));

        diagnostics.Select(d => d.Message).Should().BeEquivalentTo(
            "unknown path parameter 'idd' for getItem (GET /v1/items/{id})",
            "missing path parameter 'id' for getItem (GET /v1/items/{id})");
        diagnostics.Single(d => d.Message.StartsWith("unknown", StringComparison.Ordinal)).Hint.Should().Be("did you mean 'id'?");
    }

    [Test]
    public void Lint_MissingPathParameter_IsAnErrorUnlessAUrlIsGiven()
    {
        SingleError(Steps("  - call: getItem\n")).Message.Should().Be("missing path parameter 'id' for getItem (GET /v1/items/{id})");
        ShopApi.Lint(Steps("  - call: getItem\n    url: http://x/v1/items/1\n")).Should().BeEmpty();
    }

    [Test]
    public void Lint_UndefinedVariable_PointsAtThePlaceholder()
    {
        var error = SingleError(Steps("  - call: getItem\n    path: { id: \"item-{{ itme }}\" }\n", "vars: { item: 1 }\n"));

        error.Message.Should().Be("undefined variable 'itme'");
        error.Hint.Should().Be("did you mean 'item'?");
        error.Location!.Line.Should().Be(6);
        error.Location.Column.Should().Be(23);
        error.Location.Length.Should().Be("{{ itme }}".Length);
    }

    [Test]
    public void Lint_VariableCapturedByALaterStep_IsAnError()
    {
        var error = SingleError(Steps("""
              - call: getItem
                path: { id: "{{ id }}" }
              - call: createItem
                body: { id: a, name: b }
                capture: { id: "$.id" }
            """));

        error.Message.Should().Be("variable 'id' is used before step 2 captures it");
    }

    [Test]
    public void Lint_Variables_SeeVarsCapturesExampleColumnsAndBuiltins()
    {
        ShopApi.Lint("""
            scenario: s
            api: shop
            examples:
              - { region: eu }
              - { region: us }
            vars:
              prefix: "{{ region }}-{{ env.HOME }}"
              name: "{{ prefix }}-{{ uuid }}-{{ email }}-{{ timestamp }}-{{ now }}-{{ random.int }}-{{ apiKey }}-{{ baseUrl }}"
            steps:
              - call: createItem
                body: { id: "{{ name }}", name: "{{ name }}" }
                capture: { id: "$.id" }
              - call: getItem
                path: { id: "{{ id }}" }
            """).Should().BeEmpty();
    }

    [Test]
    public void Lint_VarUsingALaterVar_IsAnError()
    {
        SingleError(Steps("  - call: listItems\n", "vars:\n  a: \"{{ b }}\"\n  b: 1\n")).Message.Should().Be("undefined variable 'b'");
    }

    [Test]
    public void Lint_ExampleColumnMissingFromARow_NamesTheRow()
    {
        var error = SingleError("""
            scenario: s
            api: shop
            examples:
              - { max: 1 }
              - { other: 2 }
            steps:
              - call: listItems
                query: { max: "{{ max }}" }
            """);

        error.Message.Should().Be("variable 'max' is not defined in example row 2");
    }

    [Test]
    public void Lint_BrokenPlaceholder_IsAnError()
    {
        SingleError(Steps("  - call: listItems\n    query: { max: \"{{ max\" }\n")).Message.Should().Contain("'{{' is never closed");
        SingleError(Steps("  - call: listItems\n    query: { max: \"{{ a b }}\" }\n")).Message.Should().Contain("'a b' is not a variable name");
    }

    [Test]
    public void Lint_InvalidJsonPath_IsAnError()
    {
        var error = SingleError(Steps("  - call: listItems\n    expect:\n      json: { \"$.items[\": { exists: true } }\n"));

        error.Message.Should().StartWith("invalid JSONPath '$.items['");
        error.Location!.Line.Should().Be(6);
    }

    [Test]
    public void Lint_InvalidCapturePath_IsAnError()
    {
        SingleError(Steps("  - call: listItems\n    capture: { x: \"$.items[?(@.a ==\" }\n")).Message.Should().StartWith("invalid JSONPath");
    }

    [Test]
    public void Lint_Generate_ChecksItsShapeAndAllowsTheCounter()
    {
        ShopApi.Lint(Steps("  - call: createItem\n    body: { id: x, name: x, tags: { $generate: { count: 3, pattern: \"t-{{ i }}\" } } }\n"))
            .Should().BeEmpty();
        ShopApi.Lint(Steps("  - call: createItem\n    body: { id: x, name: x, tags: { $generate: { count: 3, patern: \"t\" } } }\n"))
            .Should().Contain(d => d.Message == "unknown key 'patern' in '$generate'" && d.Hint == "did you mean 'pattern'?");
        SingleError(Steps("  - call: createItem\n    body: { tags: { $generate: { pattern: t } } }\n"))
            .Message.Should().Be("'$generate' needs 'count'");
        SingleError(Steps("  - call: createItem\n    body: { tags: { $generate: { count: x, pattern: t } } }\n"))
            .Message.Should().Be("'count' of '$generate' must be a non-negative integer");
        SingleError(Steps("  - call: listItems\n    query: { max: \"{{ i }}\" }\n")).Message.Should().Be("undefined variable 'i'");
    }

    [Test]
    public void Lint_UndocumentedExpectedStatus_IsAWarning()
    {
        var warning = ShopApi.Lint(Steps("  - call: getItem\n    path: { id: x }\n    expect: { status: 418 }\n")).Should().ContainSingle().Subject;

        warning.Severity.Should().Be(Severity.Warning);
        warning.Message.Should().Be("status 418 is not documented for getItem (GET /v1/items/{id})");
        warning.Hint.Should().Be("documented: 200, 404");
    }

    [Test]
    public void Lint_BodyForAnOperationWithoutOne_IsAWarning()
    {
        var warning = ShopApi.Lint(Steps("  - call: listItems\n    body: { a: 1 }\n")).Should().ContainSingle().Subject;

        warning.Severity.Should().Be(Severity.Warning);
        warning.Message.Should().Be("listItems (GET /v1/items) takes no request body");
    }
}
