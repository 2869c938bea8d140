using FluentAssertions;
using Harness.Core.Scenarios;
using Harness.Core.Scenarios.Yaml;

namespace Harness.Core.Tests.Scenarios;

internal sealed class ScenarioParserTests
{
    private const string Valid = """
        # yaml-language-server: $schema=../../schemas/scenario.schema.json
        scenario: Create then read
        description: two steps
        api: shop
        tags: [items, smoke]
        vars:
          id: "item-{{ uuid }}"
        steps:
          - name: create
            call: createItem
            body: { id: "{{ id }}", name: Chair, price: 12.5 }
            expect:
              status: [200, 201]
              body: { name: Chair }
            capture: { created: "$.id" }
          - call: getItem
            path: { id: "{{ created }}" }
            apiKey: none
            expect:
              json:
                "$.name": Chair
                "$.price": { gt: 10, type: number }
              headers: { Content-Type: { contains: json } }
        """;

    [Test]
    public void Parse_ValidFile_ReadsEveryPart()
    {
        var scenario = ShopApi.Scenario(Valid);

        scenario.Name.Value.Should().Be("Create then read");
        scenario.Description.Should().Be("two steps");
        scenario.Api.Value.Should().Be("shop");
        scenario.Tags.Select(t => t.Value).Should().Equal("items", "smoke");
        scenario.Vars.Should().ContainSingle(v => v.Key == "id");
        scenario.Steps.Should().HaveCount(2);
        var create = scenario.Steps[0];
        create.Index.Should().Be(1);
        create.DisplayName.Should().Be("create");
        create.Captures.Should().ContainSingle(c => c.Name.Value == "created" && c.Path.Text == "$.id");
        create.Expect!.Status.Should().BeOfType<SequenceNode>();
        var read = scenario.Steps[1];
        read.DisplayName.Should().Be("getItem");
        read.ApiKey!.Mode.Should().Be(ApiKeyMode.Omit);
        read.Expect!.Json.Should().HaveCount(2);
        read.Expect.Json[1].Expected.Predicates.Select(p => p.Kind).Should().Equal(PredicateKind.Gt, PredicateKind.Type);
        read.Expect.Json[0].Expected.IsLiteral.Should().BeTrue();
    }

    [Test]
    public void Parse_KeepsLineAndColumnOfEveryNode()
    {
        var scenario = ShopApi.Scenario(Valid);

        scenario.Name.Location.Line.Should().Be(2);
        scenario.Name.Location.Column.Should().Be(11);
        scenario.Steps[0].Location.Line.Should().Be(9);
        scenario.Steps[0].Location.Column.Should().Be(5);
        scenario.Steps[0].Call.Location.Should().Match<Harness.Core.Diagnostics.SourceLocation>(l => l.Line == 10 && l.Column == 11);
        scenario.Steps[0].Expect!.Status!.Location.Line.Should().Be(13);
        var price = ((MappingNode)scenario.Steps[0].Body!)["price"]!;
        price.Location.Line.Should().Be(11);
        price.Location.Column.Should().Be(49);
        scenario.Steps[1].Expect!.Json[1].Expected.Predicates[1].Location.Line.Should().Be(22);
        scenario.Steps[1].Expect!.Json[1].Target.Location.Line.Should().Be(22);
        scenario.Steps[0].Location.File.Should().Be("specs/shop/test.scenario.yaml");
        scenario.Steps[0].Location.LineText.Should().Be("  - name: create");
    }

    [TestCase("count: 12", JTokenTypeName.Integer)]
    [TestCase("count: 1.5", JTokenTypeName.Float)]
    [TestCase("count: true", JTokenTypeName.Boolean)]
    [TestCase("count: null", JTokenTypeName.Null)]
    [TestCase("count: ~", JTokenTypeName.Null)]
    [TestCase("count: '12'", JTokenTypeName.String)]
    [TestCase("count: \"true\"", JTokenTypeName.String)]
    [TestCase("count: yes", JTokenTypeName.String)]
    [TestCase("count: 0012", JTokenTypeName.Integer)]
    public void Parse_PlainScalars_TakeTheYaml12CoreSchemaTypes(string line, JTokenTypeName expected)
    {
        var scenario = ShopApi.Scenario($"scenario: s\napi: shop\nvars:\n  {line}\nsteps:\n  - call: listItems\n");

        ((ScalarNode)scenario.Vars[0].Value).Literal.Type.ToString().Should().Be(expected.ToString());
    }

    [Test]
    public void Parse_UnknownKey_IsAnErrorWithDidYouMean()
    {
        var file = ShopApi.Parse("scenario: s\napi: shop\nsteps:\n  - call: listItems\n    expcet: { status: 200 }\n");

        var error = file.Diagnostics.Should().ContainSingle().Subject;
        error.Message.Should().Be("unknown key 'expcet' in a step");
        error.Hint.Should().Be("did you mean 'expect'?");
        error.Location!.Line.Should().Be(5);
        error.Location.Column.Should().Be(5);
    }

    [Test]
    public void Parse_UnknownTopLevelKey_ListsTheKnownKeysWhenNothingIsClose()
    {
        var file = ShopApi.Parse("scenario: s\napi: shop\nzzzzzz: 1\nsteps:\n  - call: listItems\n");

        file.Diagnostics.Should().ContainSingle().Which.Hint.Should().StartWith("a scenario takes: scenario, description, api");
    }

    [Test]
    public void Parse_MissingRequiredKeys_AreReportedTogether()
    {
        var file = ShopApi.Parse("description: nothing else\n");

        file.Diagnostics.Select(d => d.Message).Should().BeEquivalentTo(
            "missing key 'scenario': the scenario's name",
            "missing key 'api': the API name (the OpenAPI file's name, e.g. 'shop' for openapi/shop.yaml)",
            "missing key 'steps': a scenario needs at least one step");
        file.HasErrors.Should().BeTrue();
    }

    [Test]
    public void Parse_StepWithoutCall_IsAnError()
    {
        var file = ShopApi.Parse("scenario: s\napi: shop\nsteps:\n  - name: nothing to call\n");

        file.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("missing key 'call'");
    }

    [Test]
    public void Parse_EmptySteps_IsAnError()
    {
        var file = ShopApi.Parse("scenario: s\napi: shop\nsteps: []\n");

        file.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("'steps' is empty");
    }

    [Test]
    public void Parse_BrokenYaml_ReportsWhereTheParserStopped()
    {
        var file = ShopApi.Parse("scenario: s\napi: shop\nsteps:\n  - call: listItems\n    query: { max: 1\n");

        var error = file.Diagnostics.Should().ContainSingle().Subject;
        error.Message.Should().StartWith("invalid YAML: ");
        error.Location!.Line.Should().BeGreaterThanOrEqualTo(5);
        file.Scenario.Should().BeNull();
    }

    [Test]
    public void Parse_DuplicateKey_IsAnError()
    {
        var file = ShopApi.Parse("scenario: s\napi: shop\napi: other\nsteps:\n  - call: listItems\n");

        var error = file.Diagnostics.Should().ContainSingle().Subject;
        error.Message.Should().Contain("duplicate key 'api'");
        error.Location!.Line.Should().Be(3);
    }

    [Test]
    public void Parse_NotAMapping_IsAnError()
    {
        var file = ShopApi.Parse("- just\n- a list\n");

        file.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("not a list");
    }

    [Test]
    public void Parse_EmptyFile_IsAnError()
    {
        ShopApi.Parse("# only a comment\n").Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("empty");
    }

    [TestCase("status: abc", "'status' must be an HTTP status")]
    [TestCase("status: 99", "'status' must be an HTTP status")]
    [TestCase("emptyBody: yes", "'emptyBody' must be true or false, not a string 'yes'")]
    [TestCase("json: { \"$.a\": { length: -1 } }", "'length' must be a non-negative integer")]
    [TestCase("json: { \"$.a\": { length: two } }", "'length' must be a non-negative integer")]
    [TestCase("json: { \"$.a\": { gt: many } }", "'gt' must be a number")]
    [TestCase("json: { \"$.a\": { matches: \"([\" } }", "'matches' is not a valid regular expression")]
    [TestCase("json: { \"$.a\": { exists: maybe } }", "'exists' must be true or false")]
    [TestCase("json: { \"$.a\": { type: STANDARD } }", "'type' must be one of string, number")]
    [TestCase("json: [1, 2]", "'json' (JSONPath: expected value) must be a mapping")]
    public void Parse_ExpectationOfTheWrongType_IsAnErrorAtItsValue(string expectation, string message)
    {
        var file = ShopApi.Parse($"scenario: s\napi: shop\nsteps:\n  - call: listItems\n    expect:\n      {expectation}\n");

        var error = file.Diagnostics.Should().ContainSingle().Subject;
        error.Message.Should().Contain(message);
        error.Location!.Line.Should().Be(6);
    }

    [Test]
    public void Parse_TypePredicateWithAnUnknownType_HintsAtEquals()
    {
        var file = ShopApi.Parse("scenario: s\napi: shop\nsteps:\n  - call: listItems\n    expect:\n      json: { \"$.a\": { type: STANDARD } }\n");

        file.Diagnostics.Single().Hint.Should().Contain("equals: { type: … }");
    }

    [Test]
    public void Parse_MappingWithOtherKeysThanPredicates_IsALiteral()
    {
        var scenario = ShopApi.Scenario("scenario: s\napi: shop\nsteps:\n  - call: listItems\n    expect:\n      json: { \"$.a\": { type: STANDARD, name: x } }\n");

        scenario.Steps[0].Expect!.Json[0].Expected.IsLiteral.Should().BeTrue();
    }

    [TestCase("apiKey: null", ApiKeyMode.Omit)]
    [TestCase("apiKey: none", ApiKeyMode.Omit)]
    [TestCase("apiKey: \"\"", ApiKeyMode.Value)]
    [TestCase("apiKey: other-key", ApiKeyMode.Value)]
    public void Parse_ApiKeyOverride_DistinguishesEmptyFromOmitted(string line, ApiKeyMode mode)
    {
        var scenario = ShopApi.Scenario($"scenario: s\napi: shop\nsteps:\n  - call: listItems\n    {line}\n");

        scenario.Steps[0].ApiKey!.Mode.Should().Be(mode);
    }

    [Test]
    public void Parse_BodyAndRawBodyTogether_IsAnError()
    {
        var file = ShopApi.Parse("scenario: s\napi: shop\nsteps:\n  - call: createItem\n    body: {}\n    rawBody: \"{\"\n");

        file.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("a step takes 'body' or 'rawBody', not both");
    }

    [Test]
    public void Parse_Examples_BecomeOneCasePerRow_NamedByRowOrIndex()
    {
        var scenario = ShopApi.Scenario("""
            scenario: Limits
            api: shop
            examples:
              - { name: small, max: 1 }
              - { max: 1000 }
            steps:
              - call: listItems
                query: { max: "{{ max }}" }
            """);

        scenario.Cases().Select(c => c.Name).Should().Equal("Limits [small]", "Limits [row 2]");
        scenario.Examples[1].Values.Should().ContainSingle(v => v.Key == "max");
    }

    [Test]
    public void Parse_Given_ReadsTenantSeedDevicesAndReset()
    {
        var scenario = ShopApi.Scenario("""
            scenario: s
            api: shop
            given:
              reset: true
              tenant: { projectType: hybrid }
              seed: { users: [] }
              devices:
                - { extId: u1, platform: IOS }
                - { extId: u2, platform: ANDROID }
            steps:
              - call: listItems
            """);

        var given = scenario.Given!;
        given.Reset.Should().BeTrue();
        given.Tenant.Should().BeOfType<MappingNode>();
        given.Seed.Should().BeOfType<MappingNode>();
        given.Actions.Select(a => a.Name).Should().Equal("devices", "devices");
    }

    [Test]
    public void Parse_GivenActions_NameAnyAdminCallOfTheApi_InOrder()
    {
        var scenario = ShopApi.Scenario("""
            scenario: s
            api: shop
            given:
              actions:
                - restock: { sku: a, count: 3 }
                - close-till: { at: "18:00" }
            steps:
              - call: listItems
            """);

        var actions = scenario.Given!.Actions;
        actions.Select(a => a.Name).Should().Equal("restock", "close-till");
        actions[0].Body.Should().BeOfType<MappingNode>();
        actions[0].Location.Line.Should().Be(5);
    }

    [Test]
    public void Parse_GivenActionWithTwoKeys_IsAnErrorAtTheItem()
    {
        var file = ShopApi.Parse("scenario: s\napi: shop\ngiven:\n  actions:\n    - { a: {}, b: {} }\nsteps:\n  - call: listItems\n");

        file.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("exactly one admin call");
    }

    [Test]
    public void Parse_CaptureWithoutAPath_IsAnError()
    {
        var file = ShopApi.Parse("scenario: s\napi: shop\nsteps:\n  - call: listItems\n    capture: { total: { a: 1 } }\n");

        file.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("capture 'total' needs a JSONPath string");
    }

    [Test]
    public void Parse_QueryWithAnObjectValue_IsAnError()
    {
        var file = ShopApi.Parse("scenario: s\napi: shop\nsteps:\n  - call: listItems\n    query: { max: { a: 1 } }\n");

        file.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("query value 'max' must be a string, number, boolean or a list of them");
    }

    [Test]
    public void Parse_CompareIgnore_KeepsEachPathWithItsLine()
    {
        var file = ShopApi.Parse("scenario: s\napi: shop\ncompare:\n  ignore: [\"$.total\", \"$..id\"]\nsteps:\n  - call: listItems\n");

        file.Diagnostics.Should().BeEmpty();
        file.Scenario!.CompareIgnore.Select(p => p.Value).Should().Equal("$.total", "$..id");
        file.Scenario.CompareIgnore[0].Location.Line.Should().Be(4);
    }

    [Test]
    public void Parse_CompareIgnoreNotAList_IsAnError()
    {
        var file = ShopApi.Parse("scenario: s\napi: shop\ncompare: { ignore: $.total, skip: 1 }\nsteps:\n  - call: listItems\n");

        file.Diagnostics.Select(d => d.Message).Should().Contain(m => m.Contains("'ignore' must be a list of JSONPaths", StringComparison.Ordinal))
            .And.Contain(m => m.Contains("skip", StringComparison.Ordinal));
    }

    /// <summary>Newtonsoft's type names without a Newtonsoft dependency in the test signature.</summary>
    public enum JTokenTypeName
    {
        Integer,
        Float,
        Boolean,
        Null,
        String,
    }
}
