using System.Numerics;
using FluentAssertions;
using Harness.Core.Schemas;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Harness.Core.Tests.Schemas;

/// <summary>The compiled verdict keyword by keyword: what it proves valid, what it knows is invalid, what it leaves to NJsonSchema.</summary>
[TestFixture]
public class CompiledSchemaTests
{
    private static readonly IReadOnlySet<string> NoFormats = new HashSet<string>();

    private static SchemaVerdict Verdict(string schema, string value) =>
        Verdict(schema, ValueMutations.AsReceived(value));

    private static SchemaVerdict Verdict(string schema, JToken value) =>
        CompiledSchema.Compile(JsonSchema.FromJsonAsync(schema).GetAwaiter().GetResult(), NoFormats).Check(value);

    [TestCase("""{"type":"string"}""", "\"a\"", SchemaVerdict.Valid)]
    [TestCase("""{"type":"string"}""", "1", SchemaVerdict.Invalid)]
    [TestCase("""{"type":"integer"}""", "1", SchemaVerdict.Valid)]
    [TestCase("""{"type":"integer"}""", "1.0", SchemaVerdict.Invalid)]
    [TestCase("""{"type":"number"}""", "1", SchemaVerdict.Valid)]
    [TestCase("""{"type":"number"}""", "1.5", SchemaVerdict.Valid)]
    [TestCase("""{"type":"boolean"}""", "false", SchemaVerdict.Valid)]
    [TestCase("""{"type":"boolean"}""", "\"false\"", SchemaVerdict.Invalid)]
    [TestCase("""{"type":"object"}""", "{}", SchemaVerdict.Valid)]
    [TestCase("""{"type":"object"}""", "[]", SchemaVerdict.Invalid)]
    [TestCase("""{"type":"array"}""", "[]", SchemaVerdict.Valid)]
    [TestCase("""{"type":"array"}""", "{}", SchemaVerdict.Invalid)]
    [TestCase("""{"type":["string","integer"]}""", "3", SchemaVerdict.Valid)]
    [TestCase("""{"type":["string","integer"]}""", "true", SchemaVerdict.Invalid)]
    [TestCase("{}", "true", SchemaVerdict.Valid)]
    public void Type_IsCheckedAsNJsonSchemaDoes(string schema, string value, SchemaVerdict expected)
    {
        Verdict(schema, value).Should().Be(expected);
    }

    [TestCase("""{"type":"string","nullable":true}""", SchemaVerdict.Valid)]
    [TestCase("""{"type":["string","null"]}""", SchemaVerdict.Valid)]
    [TestCase("""{"type":"string"}""", SchemaVerdict.Invalid)]
    [TestCase("""{"type":"string","nullable":true,"enum":["a"]}""", SchemaVerdict.Valid)]
    public void Null_IsValidOnlyWhereNullable(string schema, SchemaVerdict expected)
    {
        Verdict(schema, "null").Should().Be(expected);
    }

    [TestCase("""{"a":1}""", SchemaVerdict.Valid)]
    [TestCase("""{"a":null}""", SchemaVerdict.Invalid)] // present, so not missing, but null is not an integer
    [TestCase("{}", SchemaVerdict.Invalid)]
    [TestCase("[]", SchemaVerdict.Invalid)]
    public void Required_WantsTheKeyPresent(string value, SchemaVerdict expected)
    {
        Verdict("""{"required":["a"],"properties":{"a":{"type":"integer"}}}""", value).Should().Be(expected);
    }

    [Test]
    public void Required_NullableProperty_AcceptsNull()
    {
        Verdict("""{"required":["a"],"properties":{"a":{"type":"integer","nullable":true}}}""", """{"a":null}""").Should().Be(SchemaVerdict.Valid);
    }

    [TestCase("""{"additionalProperties":false,"properties":{"a":{}}}""", SchemaVerdict.Invalid)]
    [TestCase("""{"additionalProperties":{"type":"integer"},"properties":{"a":{}}}""", SchemaVerdict.Valid)]
    [TestCase("""{"additionalProperties":{"type":"string"},"properties":{"a":{}}}""", SchemaVerdict.Invalid)]
    [TestCase("""{"properties":{"a":{}}}""", SchemaVerdict.Valid)]
    public void AdditionalProperties_FalseSchemaOrAbsent(string schema, SchemaVerdict expected)
    {
        Verdict(schema, """{"a":"x","b":2}""").Should().Be(expected);
    }

    [TestCase("""{"a":1}""", SchemaVerdict.Valid)]
    [TestCase("{}", SchemaVerdict.Invalid)]
    [TestCase("""{"a":1,"b":2,"c":3}""", SchemaVerdict.Invalid)]
    public void PropertyCounts_AreChecked(string value, SchemaVerdict expected)
    {
        Verdict("""{"type":"object","minProperties":1,"maxProperties":2}""", value).Should().Be(expected);
    }

    [TestCase("""["a"]""", SchemaVerdict.Valid)]
    [TestCase("[]", SchemaVerdict.Invalid)]
    [TestCase("""["a","b","c"]""", SchemaVerdict.Invalid)]
    [TestCase("""["a","a"]""", SchemaVerdict.Invalid)]
    [TestCase("""["a",1]""", SchemaVerdict.Invalid)]
    public void ArrayRules_ItemsCountsAndUniqueness(string value, SchemaVerdict expected)
    {
        Verdict("""{"type":"array","minItems":1,"maxItems":2,"uniqueItems":true,"items":{"type":"string"}}""", value).Should().Be(expected);
    }

    [Test]
    public void UniqueItems_OfMixedItems_IsLeftToNJsonSchema()
    {
        // NJsonSchema compares ToString()s, so 1 and "1" are the same item there.
        Verdict("""{"type":"array","uniqueItems":true}""", """[1,"1"]""").Should().Be(SchemaVerdict.Unsure);
    }

    [TestCase(65)]
    [TestCase(1000)]
    [TestCase(20000)]
    public void UniqueItems_OfALongArray_IsDecided_ADuplicateAnywhereIsInvalid(int count)
    {
        const string Schema = """{"type":"array","uniqueItems":true}""";
        var texts = Enumerable.Range(0, count).Select(i => $"u{i}").ToList();
        var numbers = Enumerable.Range(0, count).Select(i => (long)i * 7).ToList();

        var cases = new (JArray Value, SchemaVerdict Expected)[]
        {
            (new JArray(texts), SchemaVerdict.Valid),
            (new JArray(numbers), SchemaVerdict.Valid),
            (new JArray(texts.Append($"u{count / 2}")), SchemaVerdict.Invalid),
            (new JArray(numbers.Prepend(numbers[^1])), SchemaVerdict.Invalid),
            (new JArray(texts.Append("U0")), SchemaVerdict.Valid), // by ordinal, as NJsonSchema compares
            (new JArray(texts), SchemaVerdict.Valid), // the set kept for the thread starts empty again
        };
        var njsonschema = JsonSchema.FromJsonAsync(Schema).GetAwaiter().GetResult();

        foreach (var (value, expected) in cases)
        {
            Verdict(Schema, value).Should().Be(expected);
            (njsonschema.Validate(value).Count == 0).Should().Be(expected == SchemaVerdict.Valid, "NJsonSchema decides the same");
        }
    }

    [Test]
    public void UniqueItems_OfALongMixedArray_IsLeftToNJsonSchema()
    {
        var items = new JArray(Enumerable.Range(0, 100).Select(i => $"u{i}")) { 5 };

        Verdict("""{"type":"array","uniqueItems":true}""", items).Should().Be(SchemaVerdict.Unsure);
    }

    [TestCase("\"ab\"", SchemaVerdict.Valid)]
    [TestCase("\"a\"", SchemaVerdict.Invalid)]
    [TestCase("\"abcd\"", SchemaVerdict.Invalid)]
    [TestCase("\"😀\"", SchemaVerdict.Valid)] // two UTF-16 code units, as NJsonSchema counts
    [TestCase("\"😀😀\"", SchemaVerdict.Invalid)]
    public void StringLength_CountsUtf16Units(string value, SchemaVerdict expected)
    {
        Verdict("""{"type":"string","minLength":2,"maxLength":3}""", value).Should().Be(expected);
    }

    [TestCase("\"abc\"", SchemaVerdict.Valid)]
    [TestCase("\"ab1\"", SchemaVerdict.Invalid)]
    public void Pattern_IsMatchedAsARegex(string value, SchemaVerdict expected)
    {
        Verdict("""{"type":"string","pattern":"^[a-z]+$"}""", value).Should().Be(expected);
    }

    [TestCase("\"GCM\"", SchemaVerdict.Valid)]
    [TestCase("\"gcm\"", SchemaVerdict.Invalid)]
    [TestCase("1", SchemaVerdict.Invalid)] // the type already fails
    public void Enum_OfText_ComparesExactly(string value, SchemaVerdict expected)
    {
        Verdict("""{"type":"string","enum":["GCM","APNS"]}""", value).Should().Be(expected);
    }

    [Test]
    public void Enum_OfNumbers_IsLeftToNJsonSchema()
    {
        Verdict("""{"enum":[1,2]}""", "1").Should().Be(SchemaVerdict.Unsure);
    }

    [TestCase("""{"minimum":1,"maximum":3}""", "1", SchemaVerdict.Valid)]
    [TestCase("""{"minimum":1,"maximum":3}""", "0.5", SchemaVerdict.Invalid)]
    [TestCase("""{"minimum":1,"maximum":3}""", "3.5", SchemaVerdict.Invalid)]
    [TestCase("""{"minimum":1,"exclusiveMinimum":true}""", "1", SchemaVerdict.Invalid)]
    [TestCase("""{"maximum":3,"exclusiveMaximum":true}""", "3", SchemaVerdict.Invalid)]
    [TestCase("""{"exclusiveMinimum":1}""", "1", SchemaVerdict.Invalid)]
    [TestCase("""{"exclusiveMaximum":3}""", "2.99", SchemaVerdict.Valid)]
    [TestCase("""{"multipleOf":0.5}""", "1.5", SchemaVerdict.Valid)]
    [TestCase("""{"multipleOf":0.5}""", "1.25", SchemaVerdict.Invalid)]
    [TestCase("""{"minimum":1}""", "1e300", SchemaVerdict.Unsure)] // beyond decimal: NJsonSchema compares doubles
    public void NumberRules_CompareAsDecimals(string schema, string value, SchemaVerdict expected)
    {
        Verdict(schema, value).Should().Be(expected);
    }

    [Test]
    public void BigInteger_IsLeftToNJsonSchema()
    {
        var big = new JValue(BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture));

        Verdict("""{"type":"integer"}""", big).Should().Be(SchemaVerdict.Unsure);
        Verdict("""{"items":{}}""", new JArray(big)).Should().Be(SchemaVerdict.Unsure);
        Verdict("{}", new JArray(big)).Should().Be(SchemaVerdict.Valid, "without an items schema NJsonSchema never reads the items");
    }

    [TestCase("""{"n":"a","id":"abc"}""", SchemaVerdict.Valid)]
    [TestCase("""{"id":"abc"}""", SchemaVerdict.Invalid)]
    [TestCase("""{"n":"a","id":"abcdef"}""", SchemaVerdict.Invalid)]
    public void AllOf_AndReferences_AreFollowed(string value, SchemaVerdict expected)
    {
        Verdict("""
            {"definitions":{"Id":{"type":"string","maxLength":5}},
             "allOf":[{"required":["n"]},{"properties":{"id":{"$ref":"#/definitions/Id"}}}]}
            """, value).Should().Be(expected);
    }

    [TestCase("""{"email":"a"}""", SchemaVerdict.Valid)]
    [TestCase("""{"userId":"u"}""", SchemaVerdict.Valid)]
    [TestCase("{}", SchemaVerdict.Invalid)]
    public void AnyOf_NeedsOneBranch(string value, SchemaVerdict expected)
    {
        Verdict("""{"anyOf":[{"required":["email"]},{"required":["userId"]}]}""", value).Should().Be(expected);
    }

    [TestCase("\"a\"", SchemaVerdict.Valid)]
    [TestCase("""["a"]""", SchemaVerdict.Valid)]
    [TestCase("1", SchemaVerdict.Invalid)]
    public void OneOf_NeedsExactlyOneBranch(string value, SchemaVerdict expected)
    {
        Verdict("""{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}""", value).Should().Be(expected);
    }

    [Test]
    public void OneOf_WhenTwoBranchesHold_IsInvalid()
    {
        Verdict("""{"oneOf":[{"type":"integer"},{"type":"number"}]}""", "3").Should().Be(SchemaVerdict.Invalid);
    }

    [Test]
    public void OneOf_WhenAnotherBranchWouldThrow_IsLeftToNJsonSchema()
    {
        // The second branch fails on "other", but NJsonSchema would still read "n" there, and a big integer
        // makes it throw: the first branch holding is not enough to say Valid.
        const string schema = """{"oneOf":[{"required":["kind"]},{"required":["other"],"properties":{"n":{"type":"integer"}}}]}""";

        Verdict(schema, new JObject { ["kind"] = "a", ["n"] = 1 }).Should().Be(SchemaVerdict.Valid);
        Verdict(schema, new JObject { ["kind"] = "a", ["n"] = new JValue(BigInteger.Pow(10, 30)) }).Should().Be(SchemaVerdict.Unsure);
        Verdict(schema, new JObject { ["kind"] = "a", ["n"] = new JValue(Guid.Empty) }).Should().Be(SchemaVerdict.Unsure);
    }

    [TestCase("""{"not":{"type":"string"}}""", "1")]
    [TestCase("""{"type":"object","patternProperties":{"^x":{"type":"integer"}}}""", """{"xa":1}""")]
    [TestCase("""{"type":"array","items":[{"type":"string"}]}""", """["a"]""")]
    [TestCase("""{"type":"integer","const":3}""", "3")]
    [TestCase("""{"if":{"type":"string"},"then":{"minLength":1}}""", "\"a\"")]
    [TestCase("""{"type":"string","pattern":"(?i)^[a-z]+$"}""", "\"ABC\"")]
    [TestCase("""{"type":"integer","multipleOf":0}""", "3")]
    public void UnsupportedKeyword_IsUnsure(string schema, string value)
    {
        Verdict(schema, value).Should().Be(SchemaVerdict.Unsure);
    }

    [Test]
    public void UnsupportedKeyword_OnlyMakesItsOwnSubschemaUnsure()
    {
        const string schema = """{"properties":{"a":{"type":"string"},"b":{"not":{"type":"string"}}}}""";

        Verdict(schema, """{"a":"x"}""").Should().Be(SchemaVerdict.Valid);
        Verdict(schema, """{"a":"x","b":1}""").Should().Be(SchemaVerdict.Unsure);
    }

    [Test]
    public void ReferenceCycle_IsUnsureWhereTheDataReachesIt()
    {
        const string schema = """{"type":"object","properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$ref":"#"}}}}""";

        Verdict(schema, """{"name":"a"}""").Should().Be(SchemaVerdict.Valid);
        Verdict(schema, """{"name":"a","children":[{"name":"b"}]}""").Should().Be(SchemaVerdict.Unsure);
    }

    [Test]
    public void Format_CheckedByTheValidator_IsUnsure()
    {
        var schema = JsonSchema.FromJsonAsync("""{"type":"string","format":"date-time"}""").GetAwaiter().GetResult();
        var value = new JValue("2020-08-19T20:50:04Z");

        CompiledSchema.Compile(schema, new HashSet<string> { "date-time" }).Check(value).Should().Be(SchemaVerdict.Unsure);
        CompiledSchema.Compile(schema, NoFormats).Check(value).Should().Be(SchemaVerdict.Valid);
    }

    [Test]
    public void DateToken_IsLeftToNJsonSchema()
    {
        Verdict("""{"type":"string"}""", new JValue(new DateTime(2020, 8, 19, 0, 0, 0, DateTimeKind.Utc))).Should().Be(SchemaVerdict.Unsure);
    }
}
