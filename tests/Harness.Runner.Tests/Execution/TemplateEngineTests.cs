using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Yaml;
using Harness.Runner.Tests.Support;
using Newtonsoft.Json.Linq;
using Harness.Runner.Http;
using Harness.Runner.Templating;

namespace Harness.Runner.Tests.Execution;

internal sealed class TemplateEngineTests
{
    private static ScenarioNode Node(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var root = (MappingNode)NodeReader.Read(new SourceDocument("t.yaml", "v: " + yaml), diagnostics)!;
        diagnostics.HasErrors.Should().BeFalse();
        return root["v"]!;
    }

    private static string Json(JToken token) => token.ToString(Newtonsoft.Json.Formatting.None);

    private static TemplateEngine Engine(params (string, JToken)[] vars) => Exchanges.Templates(vars);

    [Test]
    public void SinglePlaceholder_KeepsTheJsonTypeOfTheValue()
    {
        var engine = Engine(("n", 42), ("ids", new JArray("a", "b")), ("user", new JObject { ["id"] = 1 }));

        Json(engine.Evaluate(Node("\"{{ n }}\""))).Should().Be("42");
        Json(engine.Evaluate(Node("\"{{ ids }}\""))).Should().Be("[\"a\",\"b\"]");
        Json(engine.Evaluate(Node("\"{{ user }}\""))).Should().Be("{\"id\":1}");
    }

    [Test]
    public void MixedText_IsAString()
    {
        Json(Engine(("n", 42), ("flag", true)).Evaluate(Node("\"n={{ n }}, f={{flag}}\""))).Should().Be("\"n=42, f=true\"");
    }

    [Test]
    public void Structures_AreEvaluatedDeeply()
    {
        var result = Engine(("t", "tok")).Evaluate(Node("{ device: { token: \"{{ t }}\", tags: [\"{{ t }}-1\", 2, null] } }"));

        Json(result).Should().Be("""{"device":{"token":"tok","tags":["tok-1",2,null]}}""");
    }

    [Test]
    public void Generate_MakesAnArrayOfStrings()
    {
        var result = Engine(("p", "id")).Evaluate(Node("{ $generate: { count: 3, pattern: \"{{ p }}-{{ i }}\", start: 1 } }"));

        Json(result).Should().Be("""["id-1","id-2","id-3"]""");
    }

    [Test]
    public void Generate_TakesItsCountFromAVariable() =>
        ((JArray)Engine(("n", 1001)).Evaluate(Node("{ $generate: { count: \"{{ n }}\", pattern: \"x{{ i }}\" } }"))).Count.Should().Be(1001);

    [Test]
    public void Builtins_ProduceFreshValues()
    {
        var engine = Engine();

        engine.Text((ScalarNode)Node("\"{{ uuid }}\"")).Should().MatchRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        engine.Text((ScalarNode)Node("\"{{ email }}\"")).Should().MatchRegex(@"^x-[0-9a-f]{12}@example\.com$");
        engine.Text((ScalarNode)Node("\"{{ email }}\"")).Should().NotBe(engine.Text((ScalarNode)Node("\"{{ email }}\"")));
        engine.Evaluate(Node("\"{{ timestamp }}\"")).Type.Should().Be(JTokenType.Integer);
        engine.Evaluate(Node("\"{{ random.int }}\"")).Type.Should().Be(JTokenType.Integer);
        engine.Text((ScalarNode)Node("\"{{ now }}\"")).Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
        engine.Text((ScalarNode)Node("\"{{ apiKey }}|{{ baseUrl }}\"")).Should().Be("test-key-0123456789|http://127.0.0.1:1/v1");
    }

    [Test]
    public void VariablesShadowBuiltins() => Engine(("email", "me@example.com")).Text((ScalarNode)Node("\"{{ email }}\"")).Should().Be("me@example.com");

    [Test]
    public void Environment_IsRead_AndAnUnsetOneIsAnErrorAtThePlaceholder()
    {
        var scope = new VariableScope("k", "u", name => name == "HOME_DIR" ? "/home/x" : null);
        var engine = new TemplateEngine(scope, new ValueGenerator());

        engine.Text((ScalarNode)Node("\"{{ env.HOME_DIR }}\"")).Should().Be("/home/x");
        var error = FluentActions.Invoking(() => engine.Text((ScalarNode)Node("\"a {{ env.NOPE }}\""))).Should().Throw<TemplateException>().Which;
        error.Message.Should().Be("environment variable 'NOPE' is not set");
        error.Location.Column.Should().Be(7);
    }

    [Test]
    public void UndefinedVariable_ThrowsWithItsLocation() =>
        FluentActions.Invoking(() => Engine().Evaluate(Node("\"{{ ghost }}\""))).Should().Throw<TemplateException>()
            .Which.Location.Should().Match<SourceLocation>(l => l.Line == 1 && l.Column == 5);

    [Test]
    public void Text_WritesNumbersAsWritten() => Engine().Text((ScalarNode)Node("010")).Should().Be("010");

    [Test]
    public void EvaluatedTokens_RememberTheirScenarioLine()
    {
        var token = Engine().Evaluate(Node("{ a: { b: 1 } }"));

        TemplateEngine.LocationOf(token["a"]!["b"])!.Column.Should().Be(14);
    }
}
