using Harness.Core.Diagnostics;
using Harness.Core.Scenarios;
using Harness.Core.Scenarios.Yaml;
using NJsonSchema;

namespace Harness.Runner.Tests.Specs;

/// <summary>The JSON Schema editors use (schemas/scenario.schema.json) accepts every scenario of the suite.</summary>
internal sealed class SpecSchemaTests
{
    private const string SchemaComment = "# yaml-language-server: $schema=../../schemas/scenario.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(RepoPaths.Schemas, "scenario.schema.json"))).GetAwaiter().GetResult());

    public static IEnumerable<TestCaseData> SpecFiles() =>
        ScenarioDiscovery.Find([RepoPaths.Specs], out _)
            .Select(file => new TestCaseData(file).SetName("{m}: " + RepoPaths.Relative(file)));

    [TestCaseSource(nameof(SpecFiles))]
    public void SpecFile_ValidatesAgainstTheScenarioSchema(string file)
    {
        var bag = new DiagnosticBag();
        var root = NodeReader.Read(new SourceDocument(RepoPaths.Relative(file), File.ReadAllText(file)), bag);
        bag.HasErrors.Should().BeFalse(DiagnosticFormatter.Format(bag.Items));

        var errors = Schema.Value.Validate(NodeJson.ToJson(root!));

        errors.Select(e => $"{e.Path}: {e.Kind}").Should().BeEmpty();
    }

    [TestCase("scenario: s\napi: a\nsteps:\n  - call: x\n    expcet: {}\n", "expcet")]
    [TestCase("scenario: s\napi: a\nsteps:\n  - name: no call\n", "call")]
    [TestCase("scenario: s\napi: a\nsteps: []\n", "steps")]
    [TestCase("scenario: s\napi: a\nsteps:\n  - call: x\n    expect: { status: abc }\n", "status")]
    [TestCase("scenario: s\napi: a\nsteps:\n  - call: x\n    expect: { json: { $.a: { length: -1 } } }\n", "$.a")]
    public void Schema_RejectsBrokenScenarios(string yaml, string where)
    {
        var root = NodeReader.Read(new SourceDocument("t.yaml", yaml), new DiagnosticBag());

        var errors = Schema.Value.Validate(NodeJson.ToJson(root!));

        errors.Should().NotBeEmpty();
        string.Join(" ", errors.Select(e => e.ToString())).Should().Contain(where);
    }

    [TestCaseSource(nameof(SpecFiles))]
    public void SpecFile_StartsWithTheSchemaComment(string file)
    {
        File.ReadLines(file).First().Should().Be(SchemaComment);
    }
}
