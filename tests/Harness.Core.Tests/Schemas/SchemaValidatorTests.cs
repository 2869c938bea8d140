using FluentAssertions;
using Harness.Core.Schemas;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Harness.Core.Tests.Schemas;

[TestFixture]
public class SchemaValidatorTests
{
    private static ViolationList ValidateBody(string operationId, string json) =>
        SchemaValidator.Validate(TestApis.Operation(operationId).RequestSchema!, JToken.Parse(json));

    private static ViolationList ValidateBody(string operationId, JToken body) =>
        SchemaValidator.Validate(TestApis.Operation(operationId).RequestSchema!, body);

    /// <summary>The one violation, failing with the violations spelled out otherwise.</summary>
    internal static SchemaViolation Only(IReadOnlyList<SchemaViolation> violations)
    {
        violations.Select(v => v.ToString()).Should().ContainSingle();
        return violations[0];
    }

    private static JArray ExternalIds(int count) => new(Enumerable.Range(1, count).Select(i => $"user-{i}"));

    private const string ValidDevice = """{"token":"t","platform":"GCM","applicationName":"com.example.app"}""";

    [TestCase("registerDeviceToken", """{"email":"a@b.com","device":""" + ValidDevice + "}")]
    [TestCase("tagUsers", """{"tag":"Sport","extIds":["user-1"]}""")]
    [TestCase("setProfileAttributes", """[{"extId":"user-1","profile":{"age":3}}]""")]
    [TestCase("disablePush", """{"extId":"user-1"}""")]
    [TestCase("disablePush", """{"deviceToken":"abc"}""")]
    [TestCase("updateUser", """{"email":"a@b.com","unknownField":1}""")]
    public void Validate_ValidBody_HasNoViolations(string operationId, string json)
    {
        ValidateBody(operationId, json).Should().BeEmpty();
    }

    [Test]
    public void Validate_MissingRequiredNestedProperty_IsMissingAtItsPath()
    {
        var violations = ValidateBody("registerDeviceToken",
            """{"email":"a@b.com","device":{"platform":"GCM","applicationName":"com.example.app"}}""");

        var violation = Only(violations);
        violation.Kind.Should().Be(ViolationKind.Missing);
        violation.Path.Should().Be("$.device.token");
        violation.Property.Should().Be("token");
        violation.Segments.Should().Equal("device", "token");
        violation.Message.Should().Contain("token");
    }

    [Test]
    public void Validate_MissingRequiredTopLevelProperty_IsMissingAtItsPath()
    {
        var violation = Only(ValidateBody("registerDeviceToken", """{"email":"a@b.com"}"""));

        violation.Kind.Should().Be(ViolationKind.Missing);
        violation.Path.Should().Be("$.device");
    }

    [Test]
    public void Validate_WrongType_IsWrongTypeWithExpectedType()
    {
        var violation = Only(ValidateBody("tagUsers", """{"tag":5,"extIds":["user-1"]}"""));

        violation.Kind.Should().Be(ViolationKind.WrongType);
        violation.Path.Should().Be("$.tag");
        violation.ExpectedType.Should().Be("string");
        violation.Actual.Should().BeEquivalentTo(new JValue(5));
        violation.Message.Should().Be("expected string, got number 5");
    }

    [Test]
    public void Validate_NumberAsText_IsWrongType()
    {
        var violation = Only(ValidateBody("sendPushApproval", """[{"messageId":"101"}]"""));

        violation.Kind.Should().Be(ViolationKind.WrongType);
        violation.Path.Should().Be("$[0].messageId");
        violation.ExpectedType.Should().Be("integer");
    }

    [Test]
    public void Validate_ValueOutsideEnum_IsNotInEnum()
    {
        var violation = Only(ValidateBody("registerDeviceToken",
                """{"email":"a@b.com","device":{"token":"t","platform":"FCM","applicationName":"com.example.app"}}"""));

        violation.Kind.Should().Be(ViolationKind.NotInEnum);
        violation.Path.Should().Be("$.device.platform");
        violation.Message.Should().Contain("FCM").And.Contain("APNS").And.Contain("GCM");
    }

    [Test]
    public void Validate_MoreItemsThanMaxItems_IsTooManyItems()
    {
        var schema = JsonSchema.FromJsonAsync("""{"type":"object","properties":{"extIds":{"type":"array","maxItems":1000}}}""").GetAwaiter().GetResult();

        var violation = Only(SchemaValidator.Validate(schema, new JObject { ["extIds"] = ExternalIds(1001) }));

        violation.Kind.Should().Be(ViolationKind.TooManyItems);
        violation.Path.Should().Be("$.extIds");
        violation.Message.Should().Be("1001 items, at most 1000 allowed");
    }

    [Test]
    public void Validate_NetmeraIdListOverThousand_IsLeftToTheUniqueCount()
    {
        // Netmera counts unique ids (x-max-unique-items), which no schema keyword can: the schema has no maxItems.
        var body = new JObject { ["tag"] = "Sport", ["extIds"] = new JArray(Enumerable.Repeat("same", 1001)) };

        ValidateBody("tagUsers", body).Should().BeEmpty();
    }

    [Test]
    public void Validate_ExactlyThousandIds_IsAccepted()
    {
        var body = new JObject { ["tag"] = "Sport", ["extIds"] = ExternalIds(1000) };

        ValidateBody("tagUsers", body).Should().BeEmpty();
    }

    [Test]
    public void Validate_EmptyIdList_IsTooFewItems()
    {
        var violation = Only(ValidateBody("tagUsers", """{"tag":"Sport","extIds":[]}"""));

        violation.Kind.Should().Be(ViolationKind.TooFewItems);
        violation.Path.Should().Be("$.extIds");
    }

    [Test]
    public void Validate_EmptyArrayBody_IsTooFewItemsAtRoot()
    {
        var violation = Only(ValidateBody("setProfileAttributes", "[]"));

        violation.Kind.Should().Be(ViolationKind.TooFewItems);
        violation.Path.Should().Be("$");
    }

    [Test]
    public void Validate_ObjectWhereArrayBodyIsExpected_IsWrongTypeAtRoot()
    {
        var violation = Only(ValidateBody("setProfileAttributes", """{"extId":"user-1","profile":{}}"""));

        violation.Kind.Should().Be(ViolationKind.WrongType);
        violation.Path.Should().Be("$");
        violation.Segments.Should().BeEmpty();
        violation.ExpectedType.Should().Be("array");
    }

    [Test]
    public void Validate_ArrayWhereObjectBodyIsExpected_ReportsWrongTypeAtRootFirst()
    {
        var violations = ValidateBody("tagUsers", """[{"tag":"Sport","extIds":["user-1"]}]""");

        var first = violations[0];
        first.Kind.Should().Be(ViolationKind.WrongType);
        first.Path.Should().Be("$");
        first.ExpectedType.Should().Be("object");
        violations.Skip(1).Select(v => (v.Path, v.Kind)).Should().OnlyContain(v => v.Kind == ViolationKind.Missing,
            "the object's required properties are also reported as missing");
    }

    [Test]
    public void Validate_ArrayItemMissingField_IsMissingAtIndexedPath()
    {
        var violation = Only(ValidateBody("setProfileAttributes", """[{"profile":{}}]"""));

        violation.Kind.Should().Be(ViolationKind.Missing);
        violation.Path.Should().Be("$[0].extId");
        violation.Segments.Should().Equal(0, "extId");
    }

    [Test]
    public void Validate_LaterArrayItemMissingField_NamesItsIndex()
    {
        var violation = Only(ValidateBody("setProfileAttributes",
                """[{"extId":"user-1","profile":{}},{"extId":"user-2","profile":{}},{"extId":"user-3"}]"""));

        violation.Kind.Should().Be(ViolationKind.Missing);
        violation.Path.Should().Be("$[2].profile");
    }

    [Test]
    public void Validate_NeitherAlternative_IsAlternativesNamingBoth()
    {
        var violation = Only(ValidateBody("disablePush", "{}"));

        violation.Kind.Should().Be(ViolationKind.Alternatives);
        violation.Path.Should().Be("$");
        violation.Alternatives.Should().BeEquivalentTo("extId", "deviceToken");
        violation.Message.Should().Be("one of 'extId', 'deviceToken' is required");
    }

    [Test]
    public void Validate_BothAlternatives_IsAlternativesNamingWhatWasGiven()
    {
        var violation = Only(ValidateBody("enableMail", """{"extIds":["a"],"emailList":["b@example.com"]}"""));

        violation.Kind.Should().Be(ViolationKind.Alternatives);
        violation.Path.Should().Be("$");
        violation.Alternatives.Should().BeEquivalentTo("extIds", "emailList");
        violation.Message.Should().StartWith("only one of").And.Contain("'extIds'").And.Contain("'emailList'");
    }

    [Test]
    public void Validate_BothOfAnyOfAlternatives_IsAccepted()
    {
        ValidateBody("disablePush", """{"extId":"a","deviceToken":"b"}""").Should().BeEmpty();
    }

    [Test]
    public void Validate_OneAlternativeGivenAndTheOtherNull_IsNotAnAlternativesViolation()
    {
        var violations = ValidateBody("disablePush", """{"extId":"a","deviceToken":null}""");

        violations.Should().NotContain(v => v.Kind == ViolationKind.Alternatives, "null counts as absent");
        var violation = Only(violations);
        violation.Kind.Should().Be(ViolationKind.WrongType);
        violation.Path.Should().Be("$.deviceToken");
    }

    [Test]
    public void Validate_BothAlternativesNull_IsAlternativesRequired()
    {
        var violations = ValidateBody("enableMail", """{"extIds":null,"emailList":null}""");

        violations.Select(v => (v.Path, v.Kind)).Should().Equal(
            ("$", ViolationKind.Alternatives),
            ("$.emailList", ViolationKind.WrongType),
            ("$.extIds", ViolationKind.WrongType));
        violations[0].Message.Should().Be("one of 'extIds', 'emailList' is required");
    }

    [Test]
    public void Validate_BothListAlternatives_IsAlternatives()
    {
        var violation = Only(ValidateBody("enableMail", """{"extIds":["u"],"emailList":["a@b.com"]}"""));

        violation.Kind.Should().Be(ViolationKind.Alternatives);
        violation.Alternatives.Should().BeEquivalentTo("extIds", "emailList");
    }

    [Test]
    public void Validate_NullInNullableOptionalField_IsAccepted()
    {
        ValidateBody("updateUser", """{"email":"a@b.com","userId":null}""").Should().BeEmpty();
        ValidateBody("updateUser", """{"email":"a@b.com","dataFields":null,"preferUserId":null,"mergeNestedObjects":null}""")
            .Should().BeEmpty();
    }

    [Test]
    public void Validate_NullInNonNullableField_IsWrongType()
    {
        var violation = Only(ValidateBody("tagUsers", """{"tag":null,"extIds":["user-1"]}"""));

        violation.Kind.Should().Be(ViolationKind.WrongType);
        violation.Path.Should().Be("$.tag");
        violation.Message.Should().Contain("null");
    }

    [Test]
    public void Validate_WrongTypeInNullableField_IsWrongType()
    {
        var violation = Only(ValidateBody("updateUser", """{"email":"a@b.com","userId":42}"""));

        violation.Kind.Should().Be(ViolationKind.WrongType);
        violation.Path.Should().Be("$.userId");
        violation.ExpectedType.Should().Be("string");
    }

    [Test]
    public void Validate_SeveralProblems_AreReportedTogetherOrderedByPath()
    {
        var violations = ValidateBody("registerDeviceToken",
            """{"email":5,"device":{"platform":"FCM","applicationName":"com.example.app"}}""");

        violations.Select(v => (v.Path, v.Kind)).Should().Equal(
            ("$.device.platform", ViolationKind.NotInEnum),
            ("$.device.token", ViolationKind.Missing),
            ("$.email", ViolationKind.WrongType));
    }

    [Test]
    public void Validate_SeveralProblemsAcrossArrayItems_AreReportedTogether()
    {
        var violations = ValidateBody("setCategoryPreferences",
            """[{"extId":7,"enable":true},{"extId":"u2","category":"c"}]""");

        violations.Select(v => (v.Path, v.Kind)).Should().BeEquivalentTo(new[]
        {
            ("$[0].extId", ViolationKind.WrongType),
            ("$[1].enable", ViolationKind.Missing),
        });
    }

    [Test]
    public void Validate_AdditionalPropertiesSchema_ChecksEachValue()
    {
        var violation = Only(ValidateBody("pushProfileAttributes", """[{"extId":"u","profile":{"interests":"music"}}]"""));

        violation.Kind.Should().Be(ViolationKind.WrongType);
        violation.Path.Should().Be("$[0].profile.interests");
        violation.ExpectedType.Should().Be("array");
    }

    [Test]
    public void Validate_AllOfSchema_ReportsTheFailingPart()
    {
        var row = JsonSchema.FromJsonAsync("""
            {"allOf":[{"type":"object","required":["platform"],"properties":{"platform":{"type":"string","enum":["IOS","ANDROID"]}}},
                      {"type":"object","properties":{"extId":{"type":"string"}}}]}
            """).GetAwaiter().GetResult();

        var violations = SchemaValidator.Validate(row, JToken.Parse("""{"extId":"u","platform":"BLACKBERRY"}"""));

        var violation = Only(violations);
        violation.Kind.Should().Be(ViolationKind.NotInEnum);
        violation.Path.Should().Be("$.platform");
    }

    [TestCase("$.device.token", "device", "token")]
    [TestCase("$[0].extId", 0, "extId")]
    [TestCase("$['odd name'].x", "odd name", "x")]
    [TestCase("$", null, null)]
    public void JsonPathOf_SpellsSegmentsInJsonPathForm(string expected, object? first, object? second)
    {
        var segments = new[] { first, second }.Where(s => s is not null).Cast<object>().ToArray();

        SchemaViolation.JsonPathOf(segments).Should().Be(expected);
    }

    [Test]
    public void ToString_OfBodyViolation_StartsWithItsPath()
    {
        var violation = ValidateBody("tagUsers", """{"tag":5,"extIds":["user-1"]}""").Single();

        violation.ToString().Should().Be("$.tag: expected string, got number 5");
    }

    [TestCase(null, "nothing")]
    [TestCase("null", "null")]
    [TestCase("\"x\"", "string \"x\"")]
    [TestCase("12", "number 12")]
    [TestCase("true", "boolean true")]
    [TestCase("[1,2]", "array of 2")]
    [TestCase("{}", "object")]
    public void Describe_NamesTypeAndValue(string? json, string expected)
    {
        SchemaValidator.Describe(json is null ? null : JToken.Parse(json)).Should().Be(expected);
    }

    [Test]
    public void Validate_BodyFullOfViolations_DescribesTheFirst100_AndCountsTheRest()
    {
        var body = new JObject { ["tag"] = "Sport", ["extIds"] = new JArray(Enumerable.Range(0, 900)) };

        var violations = ValidateBody("tagUsers", body);

        violations.Should().HaveCount(SchemaValidator.MaxViolations);
        violations.Omitted.Should().Be(900 - SchemaValidator.MaxViolations);
        violations.Lines().Last().Should().Be($"… and {900 - SchemaValidator.MaxViolations} more");
    }
}
