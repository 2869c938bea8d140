using FluentAssertions;
using Harness.Core.Schemas;
using Harness.Mock.Generic;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NUnit.Framework;

namespace Harness.Mock.Tests.Generic;

public sealed class SchemaSamplerTests
{
    private static JsonSchema Schema(string json) => JsonSchema.FromJsonAsync(json).GetAwaiter().GetResult();

    private static JToken SampleValid(string json)
    {
        var schema = Schema(json);
        var sample = SchemaSampler.Sample(schema);
        SchemaValidator.Validate(schema, sample).Should().BeEmpty($"the sample {sample} must satisfy {json}");
        return sample;
    }

    [TestCase("date-time", "2026-01-01T00:00:00Z")]
    [TestCase("date", "2026-01-01")]
    [TestCase("email", "user@example.com")]
    [TestCase("uuid", "00000000-0000-4000-8000-000000000001")]
    [TestCase("uri", "https://example.com/")]
    [TestCase("ipv4", "192.0.2.1")]
    [TestCase("hostname", "example.com")]
    public void Strings_HonourTheirFormat(string format, string expected)
    {
        SampleValid($$"""{ "type": "string", "format": "{{format}}" }""").ToString().Should().Be(expected);
    }

    [Test]
    public void Strings_AreStretchedAndCutToTheirLengths()
    {
        SampleValid("""{ "type": "string", "minLength": 12 }""").ToString().Should().HaveLength(12);
        SampleValid("""{ "type": "string", "maxLength": 3 }""").ToString().Should().HaveLength(3);
    }

    [TestCase("""{ "type": "integer" }""", 1)]
    [TestCase("""{ "type": "integer", "minimum": 10, "maximum": 20 }""", 10)]
    [TestCase("""{ "type": "integer", "maximum": -5 }""", -5)]
    [TestCase("""{ "type": "integer", "minimum": 7, "multipleOf": 5 }""", 10)]
    [TestCase("""{ "type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 1 }""", 0.5)]
    public void Numbers_StayInsideTheirRange(string json, double expected)
    {
        SampleValid(json).ToObject<double>().Should().Be(expected);
    }

    [Test]
    public void Enum_TakesTheFirstValue()
    {
        SampleValid("""{ "type": "string", "enum": ["b", "a"] }""").ToString().Should().Be("b");
    }

    [Test]
    public void Example_WinsOverGeneration()
    {
        var schema = Schema("""{ "type": "string", "minLength": 3 }""");
        schema.Example = "from the spec";
        SchemaSampler.Sample(schema).ToString().Should().Be("from the spec");
    }

    [Test]
    public void Objects_FillEveryDeclaredProperty_AndArraysTheirMinimumItems()
    {
        var sample = SampleValid("""
            { "type": "object", "required": ["tags"],
              "properties": { "name": { "type": "string" }, "tags": { "type": "array", "minItems": 3, "uniqueItems": true, "items": { "type": "string" } } } }
            """);
        sample["name"]!.ToString().Should().Be("name");
        sample["tags"]!.Should().HaveCount(3);
    }

    [Test]
    public void AllOf_MergesTheParts_AndOneOfTakesTheFirstAlternative()
    {
        var sample = SampleValid("""
            { "allOf": [
                { "type": "object", "required": ["a"], "properties": { "a": { "type": "integer" } } },
                { "type": "object", "required": ["b"], "properties": { "b": { "oneOf": [ { "type": "boolean" }, { "type": "string" } ] } } } ] }
            """);
        sample["a"]!.ToObject<int>().Should().Be(1);
        sample["b"]!.Type.Should().Be(JTokenType.Boolean);
    }

    [Test]
    public void RecursiveSchema_Ends()
    {
        var schema = Schema("""
            { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "child": { "$ref": "#" } } }
            """);
        var sample = SchemaSampler.Sample(schema);
        sample.ToString().Length.Should().BeLessThan(2000);
        SchemaValidator.Validate(schema, sample).Should().BeEmpty();
    }

    [Test]
    public void SameSchema_GivesTheSameSampleEveryTime()
    {
        const string json = """{ "type": "object", "properties": { "id": { "type": "string", "format": "uuid" }, "n": { "type": "number" } } }""";
        SchemaSampler.Sample(Schema(json)).Should().BeEquivalentTo(SchemaSampler.Sample(Schema(json)));
    }
}
