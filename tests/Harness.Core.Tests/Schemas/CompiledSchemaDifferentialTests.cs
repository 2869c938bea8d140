using FluentAssertions;
using Harness.Core.Schemas;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Harness.Core.Tests.Schemas;

/// <summary>
/// The compiled verdict against NJsonSchema itself, over every schema of the real catalog and the hand-written
/// ones, for valid values and many values around them: Valid must mean NJsonSchema finds nothing (and does not
/// throw), Invalid that it finds something (or throws).
/// </summary>
[TestFixture]
public class CompiledSchemaDifferentialTests
{
    /// <summary>The validator as <see cref="SchemaValidator"/> builds it, run directly (no verdict in front).</summary>
    private static readonly JsonSchemaValidator NJsonSchemaValidator = new();

    private static IEnumerable<(string Name, JsonSchema Schema, JToken? Example)> CatalogSchemas()
    {
        foreach (var operation in TestApis.Catalog.Operations.OrderBy(o => o.OperationId, StringComparer.Ordinal))
        {
            if (operation.RequestSchema is { } request)
            {
                yield return ($"{operation.OperationId} request", request, operation.RequestExample);
            }

            foreach (var response in operation.Responses.Values.OrderBy(r => r.Status))
            {
                foreach (var content in response.Contents.Where(c => c.Schema is not null))
                {
                    yield return ($"{operation.OperationId} {response.Status} {content.ContentType}", content.Schema!, content.Example);
                }
            }

            foreach (var parameter in operation.Parameters)
            {
                yield return ($"{operation.OperationId} parameter {parameter.Name}", parameter.Schema, parameter.Example);
            }
        }
    }

    private static IEnumerable<TestCaseData> CatalogCases() =>
        CatalogSchemas().Select(s => new TestCaseData(s.Name).SetArgDisplayNames(s.Name));

    private static IEnumerable<TestCaseData> HandWrittenCases() =>
        HandWrittenSchemas.All.Keys.Select(name => new TestCaseData(name).SetArgDisplayNames(name));

    [TestCaseSource(nameof(CatalogCases))]
    public void Verdict_OnCatalogSchema_NeverContradictsNJsonSchema(string name)
    {
        var (_, schema, example) = CatalogSchemas().Single(s => s.Name == name);
        var seeds = new List<JToken>();
        if (example is not null)
        {
            seeds.Add(ValueMutations.AsReceived(example));
        }

        seeds.AddRange(Sample(schema));

        AssertAgreement(schema, seeds).Should().BeGreaterThan(0, "every catalog schema is modelled");
    }

    [TestCaseSource(nameof(HandWrittenCases))]
    public void Verdict_OnHandWrittenSchema_NeverContradictsNJsonSchema(string name)
    {
        var schema = HandWrittenSchemas.Load(name);
        var seeds = HandWrittenSchemas.ValidValues(name).ToList();
        foreach (var seed in seeds)
        {
            Errors(schema, seed).Should().Be(0, $"the seed {seed.ToString(Formatting.None)} of '{name}' is meant to be valid");
        }

        var decided = AssertAgreement(schema, seeds.Concat(Sample(schema)).ToList());

        if (!Unmodelled.Contains(name))
        {
            decided.Should().BeGreaterThan(0, "the schema is modelled, so some values get a verdict");
        }
    }

    [Test]
    public void Verdict_OnCatalogExamples_IsValidForAlmostAll()
    {
        var examples = CatalogSchemas().Where(s => s.Example is not null).ToList();

        var valid = examples.Count(s => SchemaValidator.Verdict(s.Schema, ValueMutations.AsReceived(s.Example!)) == SchemaVerdict.Valid);

        examples.Should().HaveCountGreaterThan(100);
        valid.Should().BeGreaterThanOrEqualTo(examples.Count * 9 / 10, "the common bodies must not go to NJsonSchema");
    }

    [TestCase("registerDeviceToken")]
    [TestCase("updateUser")]
    [TestCase("tagUsers")]
    [TestCase("setProfileAttributes")]
    [TestCase("disablePush")]
    public void Verdict_OnVendorRequestExample_IsValid(string operationId)
    {
        var operation = TestApis.Operation(operationId);

        SchemaValidator.Verdict(operation.RequestSchema!, ValueMutations.AsReceived(operation.RequestExample!)).Should().Be(SchemaVerdict.Valid);
    }

    [Test]
    public void Verdict_OnHandWrittenSeeds_IsValidWhereEveryKeywordIsModelled()
    {
        var notValid = HandWrittenSchemas.All.Keys.Except(Unmodelled).Where(name => name != "recursive")
            .SelectMany(name => HandWrittenSchemas.ValidValues(name).Select(value => (name, value)))
            .Where(c => SchemaValidator.Verdict(HandWrittenSchemas.Load(c.name), c.value) != SchemaVerdict.Valid)
            .Select(c => $"{c.name}: {c.value.ToString(Formatting.None)}");

        notValid.Should().BeEmpty();
    }

    /// <summary>Hand-written schemas with a keyword the verdict leaves to NJsonSchema (at the top, so always Unsure).</summary>
    private static readonly string[] Unmodelled = ["inline ignore-case pattern", "not", "patternProperties", "tuple", "const", "enum mixed"];

    /// <summary>Compares verdict and NJsonSchema on the seeds and every value around them; returns how many got a verdict.</summary>
    private static int AssertAgreement(JsonSchema schema, List<JToken> seeds)
    {
        seeds.Should().NotBeEmpty();
        var contradictions = new List<string>();
        var checkedValues = 0;
        var decided = 0;
        foreach (var value in seeds.SelectMany(ValueMutations.Around))
        {
            checkedValues++;
            var verdict = SchemaValidator.Verdict(schema, value);
            if (verdict == SchemaVerdict.Unsure)
            {
                continue;
            }

            decided++;
            var errors = Errors(schema, value);
            if ((verdict == SchemaVerdict.Valid && errors != 0) || (verdict == SchemaVerdict.Invalid && errors == 0))
            {
                contradictions.Add($"{verdict} but NJsonSchema {(errors < 0 ? "threw" : $"found {errors} errors")}: {value.ToString(Formatting.None)}");
            }
        }

        checkedValues.Should().BeGreaterThan(seeds.Count);
        contradictions.Should().BeEmpty();
        TestContext.Out.WriteLine($"{checkedValues} values, {decided} with a verdict");
        return decided;
    }

    /// <summary>NJsonSchema's error count for the value, -1 when it throws.</summary>
    private static int Errors(JsonSchema schema, JToken value)
    {
        try
        {
            return NJsonSchemaValidator.Validate(value, schema, SchemaType.OpenApi3).Count;
        }
        catch (Exception)
        {
            return -1;
        }
    }

    /// <summary>NJsonSchema's own sample of the schema, when it can make one.</summary>
    private static IEnumerable<JToken> Sample(JsonSchema schema)
    {
        try
        {
            return [ValueMutations.AsReceived(schema.ToSampleJson())];
        }
        catch (Exception)
        {
            return [];
        }
    }
}
